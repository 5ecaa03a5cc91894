global using ThanUyen.Bot.Fakes;
global using T = ThanUyen.Bot.Core.Texts.Texts;
