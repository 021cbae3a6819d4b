using Seedance.Generated.Runtime;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>
/// The generated operation descriptors say what the spec YAML says: one per operation, same route,
/// examples and path parameter examples, and the x-seedance-* facts as written (read here with the
/// tests' own YAML reader, not the generator's).
/// </summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var op in SpecDocument.AllOperations()) data.Add(op.Key);
        return data;
    }

    [Fact]
    public void There_is_one_descriptor_per_spec_operation()
    {
        Assert.Equal(
            SpecDocument.AllOperations().Select(o => o.Key).Order(StringComparer.Ordinal),
            SeedanceOperations.All.Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_descriptor_agrees_with_its_spec_operation(string key)
    {
        var op = SpecDocument.AllOperations().Single(o => o.Key == key);
        var d = Operations.Descriptor(op);
        Assert.Equal(op.Method, d.Method);
        Assert.Equal(op.PathTemplate, d.PathTemplate);
        Assert.Equal(op.RequestMediaType, d.RequestMediaType);
        Assert.Equal(op.RequestExamples.Keys, d.RequestExamples);
        Assert.Equal(
            op.PathParameters.Select(p => (p["name"]!.GetValue<string>(), (string?)p["example"])),
            d.PathParameters.Select(p => (p.Name, p.Example)));

        var node = op.Node;
        Assert.Equal((string?)node["x-seedance-role"] ?? "none", d.Role.ToString().ToLowerInvariant());
        Assert.Equal((string?)node["x-seedance-retry"], d.Retry.ToString().ToLowerInvariant());
        Assert.Equal((string?)node["x-seedance-retry-reason"], d.RetryReason);
        var states = node["x-seedance-states"]?.AsObject().Select(kv => (kv.Key, (string)kv.Value!)) ?? [];
        Assert.Equal(states, d.StatusWords.Select(w => (w.Word, w.State.ToString())));
    }

    [Fact]
    public void Every_spec_operation_states_its_retry_class_and_role()
    {
        // The default (POST never replayed) exists for specs outside this repo; ours say it explicitly.
        var missing = SpecDocument.AllOperations()
            .Where(o => o.Node["x-seedance-retry"] is null || o.Node["x-seedance-role"] is null)
            .Select(o => o.Key)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Each_provider_has_one_status_operation_with_its_status_words()
    {
        foreach (var api in SpecDocument.Ids)
        {
            var status = Assert.Single(SeedanceOperations.All, d => d.Api == api && d.Role == OperationRole.Status);
            Assert.NotEmpty(status.StatusWords);
        }
    }

    [Fact]
    public void Only_the_paid_creates_are_never_replayed()
    {
        Assert.Equal(
            ["acedata-seedance/createVideo", "cometapi-videos/createVideo", "cometapi-volc/createTask", "seedance2-ink/createGeneration"],
            SeedanceOperations.All.Where(d => d.Retry == OperationRetry.Create).Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.All(SeedanceOperations.All.Where(d => d.Role == OperationRole.Create), d => Assert.Equal(OperationRetry.Create, d.Retry));
    }
}
