using System.Text.Json.Nodes;
using Seedance.Conformance.Scenarios;

namespace Seedance.Conformance.Generator;

/// <summary>
/// How one error case is produced on demand: the request that provokes it (replay and live send the
/// same request) and the matcher that tells it apart from the operation's other stubs. A case
/// without a plan is replay-only: the runner sends the success request and the stub answers with
/// the documented error.
/// </summary>
/// <param name="Reason">Why this request provokes this error (shown in docs and reports).</param>
/// <param name="Edit">Changes the success request into the provoking one.</param>
/// <param name="BodyMatcher">Extra <c>bodyPatterns</c>/<c>multipartPatterns</c> entries that recognise the provoking request; null matches on method, path and key.</param>
internal sealed record CasePlan(string Reason, Action<ScenarioRequest> Edit, Func<ScenarioRequest, JsonObject>? BodyMatcher = null);
