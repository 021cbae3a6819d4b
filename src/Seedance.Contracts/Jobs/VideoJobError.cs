namespace Seedance.Contracts;

/// <summary>Why a job failed, as the provider put it.</summary>
/// <param name="Code">The provider's error code, when it gives one.</param>
/// <param name="Message">The provider's message, when it gives one.</param>
public sealed record VideoJobError(string? Code, string? Message);
