using System.Net;
using System.Text;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>
/// Inputs the fuzzer found that once let an untyped exception out, pinned as plain tests. Before the fix
/// in ErrorBody.Read, a string JsonDocument cannot transcode (invalid UTF-8, a lone surrogate escape)
/// made the fallback error reader throw InvalidOperationException inside SeedanceCall's exception filter,
/// so the raw generated error model (an ApiException) reached the caller.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // acedata-seedance/AceDataError, seed 327653540, case 462: a lone low surrogate in trace_id.
        { "acedata-seedance/createVideo", "trace_id:\\udc00x" },
        // cometapi-volc/CometError, seed 1456330392, case 128: a lone high surrogate in code.
        { "cometapi-volc/createTask", "code:\\ud800" },
        // acedata-seedance/AceDataError, seed 327653540, case 174: raw invalid UTF-8 inside message.
        { "acedata-seedance/createVideo", "message:utf8" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Error_body_with_untranscodable_strings_is_still_typed_by_status(string operation, string mutation)
    {
        var op = OperationTable.Get(operation);
        var (status, name, example) = op.Spec.ErrorExamples.First(e => e.Status == 400);
        var field = mutation[..mutation.IndexOf(':', StringComparison.Ordinal)];
        var text = example.ToJsonString();
        byte[] body;
        if (mutation.EndsWith("utf8", StringComparison.Ordinal))
        {
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            var at = text.IndexOf("\"message\":\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{name} has no message");
            bytes.InsertRange(Encoding.UTF8.GetByteCount(text[..at]) + "\"message\":\"".Length, [0xFF, 0xC0, 0x80]);
            body = [.. bytes];
        }
        else
        {
            var node = example.DeepClone();
            node[field] = "@@X@@";
            body = Encoding.UTF8.GetBytes(node.ToJsonString().Replace("\"@@X@@\"", "\"" + mutation[(field.Length + 1)..] + "\"", StringComparison.Ordinal));
        }

        var (pipeline, handler) = FuzzRunner.InMemoryPipeline(op.Provider);
        using var _ = pipeline;
        handler.Status = (HttpStatusCode)status;
        handler.Body = body;
        var error = await Record.ExceptionAsync(() => op.Invoke(pipeline, op.ExampleId, CancellationToken.None));
        var typed = Assert.IsType<SeedanceInvalidRequestException>(error);
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
    }
}
