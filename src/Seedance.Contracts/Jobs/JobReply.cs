namespace Seedance.Contracts.Jobs;

/// <summary>
/// A provider reply the template can use without knowing its type: the job id it carries (create
/// replies) and how it reads as a status. Reading happens after the call, outside the error
/// translation, so a reply the SDK cannot use surfaces as the adapter's own exception.
/// </summary>
/// <param name="Id">The job id in the reply; null or blank when it carries none.</param>
/// <param name="ToStatus">The status, given the job id and the response's Retry-After.</param>
internal sealed record JobReply(string? Id, Func<string, TimeSpan?, VideoJobStatus> ToStatus);
