// The conformance runner (docs/conformance.md). All logic lives in Cli/ConformanceCli so tests can
// run it in-process with their own output writer and environment.
using Seedance.Conformance.Cli;

return await ConformanceCli.RunAsync(args, Console.Out, Console.Error, ConformanceEnvironment.FromProcess(), CancellationToken.None);

/// <summary>
/// The runner's entry point. Declared internal on purpose: the ASP.NET Core 10 framework reference
/// would otherwise generate a public <c>Program</c> in the global namespace, which would become part of
/// the package's approved API (PublicAPI.*.txt) and sit in every consumer's global namespace.
/// </summary>
internal partial class Program;
