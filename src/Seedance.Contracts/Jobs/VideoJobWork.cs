namespace Seedance.Contracts;

/// <summary>One job for <see cref="VideoJobBatch.RunAsync"/>: the request and the client (provider) to run it on.</summary>
/// <param name="Client">The provider's job client.</param>
/// <param name="Request">The request to submit.</param>
public sealed record VideoJobWork(IVideoJobClient Client, VideoRequest Request);
