using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ThanUyen.Bot.MicroBench.ParserBenchmarks).Assembly).Run(args);
