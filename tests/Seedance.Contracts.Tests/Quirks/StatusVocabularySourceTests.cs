using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Generated;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Tests.Quirks;

/// <summary>
/// The status vocabulary is built from the generated operation descriptors (the specs'
/// x-seedance-states); <see cref="StatusVocabularyTests"/> pins the resulting words and states.
/// </summary>
public sealed class StatusVocabularySourceTests
{
    [Fact]
    public void Every_spec_state_is_a_job_state()
    {
        Assert.All(Enum.GetNames<SpecJobState>(), name =>
            Assert.NotEqual(VideoJobState.Unknown, Enum.Parse<VideoJobState>(name)));
    }

    [Fact]
    public void Each_table_holds_exactly_the_status_words_of_the_providers_descriptors()
    {
        foreach (var group in SeedanceOperations.All.Where(d => d.StatusWords.Count > 0).GroupBy(d => d.Api))
        {
            var words = group.SelectMany(d => d.StatusWords).Select(w => w.Word).Distinct(StringComparer.OrdinalIgnoreCase);
            Assert.Equal(words.Order(StringComparer.Ordinal), StatusVocabulary.For(group.Key).Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Two_operations_of_a_provider_merge_and_may_not_disagree()
    {
        var merged = StatusVocabulary.Build([Status("getA", ("queued", SpecJobState.Queued)), Status("getB", ("QUEUED", SpecJobState.Queued), ("done", SpecJobState.Succeeded))]);
        Assert.Equal(VideoJobState.Succeeded, merged["p"]["DONE"]);
        Assert.Equal(2, merged["p"].Count);

        var error = Assert.Throws<InvalidOperationException>(() =>
            StatusVocabulary.Build([Status("getA", ("done", SpecJobState.Succeeded)), Status("getB", ("done", SpecJobState.Failed))]));
        Assert.Contains("p/getB: status word 'done' means Failed here but Succeeded", error.Message, StringComparison.Ordinal);
    }

    private static OperationDescriptor Status(string operationId, params (string Word, SpecJobState State)[] words) =>
        new("p", operationId, "GET", "/jobs/{id}", OperationRole.Status, OperationRetry.Idempotent, null, null, [], [], [],
            words.Select(w => new StatusWord(w.Word, w.State)).ToArray(),
            (_, _, _, _) => Task.FromResult<object?>(null));
}
