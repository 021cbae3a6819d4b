using System.Text.Json.Nodes;

namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// The round-trip setup's proof that every row does the same logical work: each client runs once while
/// the server records, and all must return the documented result and send the same two requests
/// (same method and path, same key, the same create body as JSON). A row that did less would win
/// the comparison for the wrong reason, so a difference fails the run instead of benchmarking it.
/// </summary>
internal static class RoundTripSanity
{
    public static async Task CheckAsync(LoopbackServer server, IReadOnlyList<(string Name, Func<Task<RoundTripResult>> Run)> rows, RoundTripResult expected)
    {
        IReadOnlyList<CapturedRequest>? reference = null;
        string? referenceName = null;
        foreach (var (name, run) in rows)
        {
            server.StartCapture();
            RoundTripResult result;
            IReadOnlyList<CapturedRequest> sent;
            try
            {
                result = await run();
            }
            finally
            {
                sent = server.StopCapture();
            }

            if (result != expected)
                throw new InvalidOperationException($"{name} returned {result}, expected {expected}: the rows do not do the same work.");
            if (sent.Count != 2)
                throw new InvalidOperationException($"{name} sent {sent.Count} requests, expected 2 (create, status).");
            if (sent[0].Method != "POST" || sent[1].Method != "GET" || sent[1].Path != $"{LoopbackServer.CreatePath}/{expected.JobId}")
                throw new InvalidOperationException($"{name} sent {sent[0].Method} {sent[0].Path}, {sent[1].Method} {sent[1].Path}: not create then status of {expected.JobId}.");
            if (sent.Any(r => r.Authorization != "Bearer " + InkRequestValues.ApiKey))
                throw new InvalidOperationException($"{name} did not send the key on every request.");

            if (reference is null)
            {
                (reference, referenceName) = (sent, name);
            }
            else if (!JsonNode.DeepEquals(JsonNode.Parse(reference[0].Body), JsonNode.Parse(sent[0].Body)))
            {
                throw new InvalidOperationException($"{name} sent the create body {sent[0].Body}, {referenceName} sent {reference[0].Body}.");
            }
        }
    }
}
