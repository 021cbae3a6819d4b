using Seedance.Reliability.Tests.TestKit;
using Xunit.Abstractions;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>
/// §3: every response parser (each operation's success and error models) gets at least 10,000 mutated
/// documented bodies through the SDK's own response path. Only SeedanceException subtypes may come out
/// (a 2xx: success or SeedanceResponseFormatException; an error status: the status's type), no case
/// may hang, and deep nesting must not overflow the stack (which would kill the test process).
/// Reproduce a failure with <c>SEEDANCE_FUZZ_SEED=&lt;seed&gt;</c>; <c>SEEDANCE_FUZZ_SEED=random</c>
/// explores new inputs; <c>SEEDANCE_FUZZ_CASES</c> changes the count.
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_response_schema_of_every_operation_has_a_parser_with_examples()
    {
        var expected = OperationTable.All
            .SelectMany(op => op.Spec.Responses.Where(r => r.Response["content"]?["application/json"]?["schema"] is not null)
                .Select(r => $"{op.Provider}/{SpecDocument.RefName(r.Response["content"]!["application/json"]!["schema"])}{(r.Status[0] is '4' or '5' ? " (error)" : "")}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Order(), FuzzParsers.All.Select(p => p.Name).Order());
        Assert.All(FuzzParsers.All, p => Assert.NotEmpty(p.Examples));
    }

    [Theory]
    [MemberData(nameof(FuzzParsers.Names), MemberType = typeof(FuzzParsers))]
    public async Task Mutated_documented_bodies_end_in_success_or_a_typed_exception(string parserName)
    {
        var parser = FuzzParsers.Get(parserName);
        var seed = JsonMutator.SeedFor(parser.Name);
        var cases = JsonMutator.CaseCount();
        var report = await FuzzRunner.RunAsync(parser, seed, cases, workers: Math.Max(2, Environment.ProcessorCount));
        output.WriteLine(report.ToString());
        Console.WriteLine("fuzz " + report);
        Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, report.Failures));
        Assert.Equal(cases, report.Outcomes.Values.Sum());
    }
}
