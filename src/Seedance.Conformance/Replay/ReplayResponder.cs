using Microsoft.AspNetCore.Http;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Produces the response for an embedded code mapping (see <see cref="ReplayHost.Given"/>). The token
/// is cancelled when the client disconnects or the host stops. Code mappings exist only inside the
/// process; they are not part of the WireMock file format.
/// </summary>
/// <param name="context">The Kestrel request context; write the response to it.</param>
/// <param name="cancellationToken">Cancelled when the client disconnects or the host stops.</param>
public delegate Task ReplayResponder(HttpContext context, CancellationToken cancellationToken);
