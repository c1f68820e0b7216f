using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Ppc.Modeling.Benchmarks.EvaluateBenchmarks).Assembly).Run(args);
