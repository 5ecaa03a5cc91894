global using T = ThanUyen.Bot.Core.Texts.Texts;
global using ThanUyen.Bot.Fakes;
