// Every user-facing sentence lives in Texts/; "T.Something" reads short at the call sites.
global using T = ThanUyen.Bot.Core.Texts.Texts;
