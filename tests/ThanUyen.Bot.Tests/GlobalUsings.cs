global using T = ThanUyen.Bot.Core.Texts.Texts;
