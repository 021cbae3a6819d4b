using Seedance.Contracts.Http;

namespace Seedance.Contracts.Tests.Http.TestKit;

/// <summary>Builds the real pipeline against a test server with a fake clock.</summary>
internal static class Pipelines
{
    /// <summary>A distinctive fake key: if it shows up anywhere it should not, a test finds it.</summary>
    public const string FakeKey = "sk-TESTKEY-0c5e9a7f1b3d4e6a8b2c";

    public static (SeedancePipeline Pipeline, TestVideosRequestBuilder Videos, AutoAdvancingTimeProvider Time) Create(
        Uri baseUrl, Action<SeedanceClientOptions>? configure = null, string provider = "cometapi-videos")
    {
        var time = new AutoAdvancingTimeProvider();
        var options = new SeedanceClientOptions
        {
            ApiKey = new SeedanceApiKey(FakeKey),
            BaseUrl = baseUrl,
            TimeProvider = time,
        };
        configure?.Invoke(options);
        var pipeline = SeedancePipeline.Create(options, provider);
        return (pipeline, new TestVideosRequestBuilder(pipeline.RequestAdapter), time);
    }
}
