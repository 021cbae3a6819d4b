using Seedance.Contracts.Http;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Jobs;

/// <summary>A mapped create request: the generated body's own spec check and the call that sends it.</summary>
/// <param name="CollectViolations">Runs the generated body's <c>CollectViolations</c>.</param>
/// <param name="SendAsync">Sends the body through the generated client; null when the reply had no body.</param>
internal sealed record CreateCall(
    Action<ICollection<SpecViolation>> CollectViolations,
    Func<SeedanceCallScope, CancellationToken, Task<JobReply?>> SendAsync);
