using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Verify.Numerics.Benchmarks.GradientBenchmarks).Assembly).Run(args);
