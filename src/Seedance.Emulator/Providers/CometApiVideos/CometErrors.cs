using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Contracts;

namespace Seedance.Emulator.Providers.CometApiVideos;

/// <summary>
/// CometAPI's two error bodies (quirk comet-two-error-shapes; the <c>CometError</c> oneOf of both CometAPI
/// specs): the gateway envelope <c>{"error":{message,type,param,code}}</c> for key and request-shape
/// problems, and the flat task error <c>{code,message,data}</c> for task-route answers. Both routes share
/// them, so both dialects use this class.
/// </summary>
internal static class CometErrors
{
    /// <summary>
    /// The 401 body. specs/cometapi-*.yaml example <c>invalid-token</c> (x-provenance: inferred; CometAPI's guide
    /// has a 401 section whose body was not archived): the envelope with type comet_api_error and an empty code.
    /// </summary>
    public static JsonObject InvalidToken(DateTimeOffset now) =>
        Envelope($"Invalid token (request id: {RequestId(now)})", code: "");

    /// <summary>
    /// A missing model: the envelope CometAPI's earlier error guide observed, verbatim but for the request id
    /// (example <c>model-missing</c>, x-source https://cometapi.mintlify.app/errors/error-codes-handling; that
    /// example has no <c>param</c>).
    /// </summary>
    public static JsonObject ModelMissing(DateTimeOffset now) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = "",
            ["message"] = $"model name is required (request id: {RequestId(now)})",
            ["type"] = "comet_api_error",
        },
    };

    /// <summary>
    /// A request body the gateway cannot read (not a form, not JSON): the envelope of the current error guide's
    /// generic sample (example <c>invalid-request</c>, x-source https://apidoc.cometapi.com/errors/error-codes-handling).
    /// </summary>
    public static JsonObject InvalidRequest(string message, DateTimeOffset now) =>
        Envelope($"{message} (request id: {RequestId(now)})", code: "invalid_request");

    /// <summary>
    /// Values the model does not take: the flat task error with Ark's <c>InvalidParameter</c> (example
    /// <c>seconds-out-of-range</c> on /v1/videos, <c>invalid-parameter</c> on the Volc route; both
    /// x-provenance: inferred). The message lists the SDK validator's findings, so it names every problem.
    /// </summary>
    public static JsonObject InvalidParameter(IEnumerable<ValidationProblem> problems) => new()
    {
        ["code"] = "InvalidParameter",
        ["message"] = "One or more parameters specified in the request are not valid: " + string.Join("; ", problems),
        ["data"] = null,
    };

    /// <summary>
    /// The Volc route's documented fault (quirk volc-json-parse-error), example <c>json-parse-error</c> of createTask's
    /// 500 (x-provenance: inferred: seed:004 reports a server-side JSON parse error but not its body).
    /// </summary>
    public static JsonObject JsonParseError(DateTimeOffset now) =>
        Envelope($"failed to parse JSON request body: invalid character looking for beginning of value (request id: {RequestId(now)})", "json_parse_error");

    /// <summary>
    /// An unknown task id: example <c>task-not-exist</c> of both specs (x-provenance: inferred: the query page
    /// documents status 400 with message task_not_exist; the flat body is the gateway's).
    /// </summary>
    public static JsonObject TaskNotExist() => new()
    {
        ["code"] = "task_not_exist",
        ["message"] = "task_not_exist",
        ["data"] = null,
    };

    /// <summary>The gateway envelope with the fields of the documented generic sample.</summary>
    public static JsonObject Envelope(string message, string code) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = "comet_api_error",
            ["param"] = "",
            ["code"] = code,
        },
    };

    // CometAPI's request ids (as in the examples: 2026031209300012345678901234567) are a timestamp and digits.
    private static string RequestId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
        + string.Concat(Enumerable.Range(0, 17).Select(_ => (char)('0' + System.Security.Cryptography.RandomNumberGenerator.GetInt32(10))));
}
