namespace Seedance.Contracts.Quirks;

/// <summary>
/// Quirk <c>comet-task-id-alias</c>: CometAPI's <c>/v1/videos</c> replies carry the job id twice, as
/// <c>id</c> and as <c>task_id</c> ("kept for compatibility", seed:000), and the query page's examples
/// show only <c>id</c>. The SDK takes <c>id</c> and falls back to <c>task_id</c>, so a reply that carries
/// either one is tracked. See docs/quirks.md.
/// </summary>
internal static class CometTaskIdAlias
{
    /// <summary>The stable quirk id.</summary>
    public const string QuirkId = "comet-task-id-alias";

    /// <summary>The job id: <paramref name="id"/> when present, else <paramref name="taskId"/>; null when neither is.</summary>
    /// <param name="id">The reply's <c>id</c>.</param>
    /// <param name="taskId">The reply's <c>task_id</c>.</param>
    public static string? Resolve(string? id, string? taskId) =>
        !string.IsNullOrWhiteSpace(id) ? id : !string.IsNullOrWhiteSpace(taskId) ? taskId : null;
}
