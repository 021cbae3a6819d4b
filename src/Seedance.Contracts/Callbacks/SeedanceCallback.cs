namespace Seedance.Contracts;

/// <summary>A callback that passed the token check, read as a status.</summary>
/// <param name="Status">The job's status as the callback reported it. Not yet confirmed: see <see cref="SeedanceCallbacks.ConfirmAsync"/>.</param>
/// <param name="IsDuplicate">True when the same status of the same job was delivered before (providers resend).</param>
public sealed record SeedanceCallback(VideoJobStatus Status, bool IsDuplicate);
