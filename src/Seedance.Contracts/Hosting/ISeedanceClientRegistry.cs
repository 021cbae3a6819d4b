using Seedance.Contracts.Jobs;

namespace Seedance.Contracts;

/// <summary>
/// The job clients <c>AddSeedance</c> configured, by provider id: for apps that pick the provider at run
/// time or store (provider, job id) pairs. A singleton; every client it hands out is one per provider
/// per app, safe to share between threads, and disposed with the service provider.
/// </summary>
public interface ISeedanceClientRegistry
{
    /// <summary>The configured provider ids.</summary>
    IReadOnlyCollection<string> Providers { get; }

    /// <summary>The job client of <paramref name="provider"/>.</summary>
    /// <exception cref="ArgumentException">The provider is not configured (the message lists those that are).</exception>
    IVideoJobClient GetClient(string provider);

    /// <summary>Rebuilds a job handle from a saved (provider, job id) pair without calling the provider.</summary>
    /// <exception cref="ArgumentException">The provider is not configured, or the id breaks the job id rule.</exception>
    VideoJob GetJob(string provider, string jobId);
}
