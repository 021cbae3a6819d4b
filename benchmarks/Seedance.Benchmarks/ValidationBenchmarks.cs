using BenchmarkDotNet.Attributes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Validation;

namespace Seedance.Benchmarks;

/// <summary>
/// What <see cref="VideoRequestValidator.Validate"/> adds to every submit (model catalog, capability
/// table, model rules, prompt flags). Baseline: building the same request without validating it,
/// so the ratio is "a submit's pre-flight check, in units of building the request". Validation runs
/// before any byte is sent, so this is the whole client-side overhead of the check.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        // A benchmark of the failure path would be misleading: the request must be valid.
        var violations = VideoRequestValidator.Validate(ProviderId.Seedance2Ink, Build());
        if (violations.Count > 0)
            throw new InvalidOperationException("The benchmark request is invalid: " + string.Join("; ", violations));
    }

    [Benchmark(Baseline = true, Description = "build VideoRequest")]
    public VideoRequest BuildOnly() => Build();

    [Benchmark(Description = "build + VideoRequestValidator.Validate")]
    public IReadOnlyList<ValidationProblem> BuildAndValidate() => VideoRequestValidator.Validate(ProviderId.Seedance2Ink, Build());

    // The fields of the createGeneration request example in specs/seedance2-ink.yaml (model, prompt,
    // aspect ratio, duration, resolution), plus an inline flag so the prompt-flag check has work to do.
    private static VideoRequest Build() => new()
    {
        Model = "seedance-2.0",
        Prompt = "A river flowing through an autumn forest, aerial view, cinematic motion --camerafixed false",
        AspectRatio = "16:9",
        Duration = 5,
        Resolution = "720p",
    };
}
