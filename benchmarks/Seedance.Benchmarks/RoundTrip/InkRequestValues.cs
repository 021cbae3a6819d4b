namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// The create request every row sends: the fields of the <c>createGeneration</c> request example in
/// specs/seedance2-ink.yaml, minus <c>metadata</c>, which the job API's <c>VideoRequest</c> has no field
/// for (so no client sends it). Each row builds its own request object from these values on every call,
/// as a caller would; the setup checks that the four bodies on the wire are the same JSON.
/// </summary>
internal static class InkRequestValues
{
    public const string Model = "seedance-2.0";
    public const string Prompt = "A river flowing through an autumn forest, aerial view, cinematic motion";
    public const string AspectRatio = "16:9";
    public const int Duration = 5;
    public const string Resolution = "720p";
    public const string WebhookUrl = "https://your-app.com/webhooks/seedance";

    /// <summary>The key every row sends as <c>Authorization: Bearer ...</c>.</summary>
    public const string ApiKey = "sd2_live_benchmark";
}
