// The conformance runner (docs/conformance.md). All logic lives in Cli/ConformanceCli so tests can
// run it in-process with their own output writer and environment.
using Seedance.Conformance.Cli;

return await ConformanceCli.RunAsync(args, Console.Out, Console.Error, ConformanceEnvironment.FromProcess(), CancellationToken.None);
