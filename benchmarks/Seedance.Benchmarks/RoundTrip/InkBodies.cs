using System.Text.Json.Nodes;

namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// The two documented Seedance2.ink bodies the loopback server answers (createGeneration's 200 and
/// getGeneration's succeeded 200, from the conformance recordings), and the result they imply.
/// </summary>
internal static class InkBodies
{
    public static byte[] Created => Recordings.ReadBody(Recordings.InkCreated);

    public static byte[] Succeeded => Recordings.ReadBody(Recordings.InkSucceeded);

    /// <summary>A server answering both routes with these bodies.</summary>
    public static Task<LoopbackServer> StartServerAsync() => LoopbackServer.StartAsync(Created, Succeeded);

    /// <summary>What every row must return: the create reply's id, the status body's status and URL.</summary>
    public static RoundTripResult Expected()
    {
        var created = JsonNode.Parse(Created)!;
        var status = JsonNode.Parse(Succeeded)!;
        return new RoundTripResult((string)created["requestId"]!, (string)status["status"]!, (string?)status["output"]?["url"]);
    }
}
