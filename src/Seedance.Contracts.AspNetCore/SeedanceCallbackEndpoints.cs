using System.Buffers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Seedance.Contracts.AspNetCore;

/// <summary>
/// Maps the endpoint that receives provider callbacks. Every request is checked by the
/// <see cref="SeedanceCallbacks"/> registered in DI (token first, then size, then body); only a checked,
/// first delivery reaches the app's handler. Status codes: 401 for a missing or wrong token, 413 for a body
/// over the limit, 400 for a body that is not the provider's callback, 200 for a repeat (so the provider
/// stops resending) and for a handled callback, 404 when the handler does not know the job.
/// </summary>
public static class SeedanceCallbackEndpoints
{
    /// <summary>
    /// Maps <c>POST {pattern}</c>, where <paramref name="pattern"/> has a <c>{provider}</c> parameter
    /// (e.g. <c>/hooks/seedance/{provider}</c>; use that URL, with the provider id, as the requests' callback URL).
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="pattern">The route, with a <c>{provider}</c> parameter.</param>
    /// <param name="handler">Called once per job status; returns false when the app does not know the job (answered 404).</param>
    public static IEndpointConventionBuilder MapSeedanceCallbacks(this IEndpointRouteBuilder endpoints, string pattern,
        Func<SeedanceCallback, CancellationToken, Task<bool>> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        if (!pattern.Contains("{provider}", StringComparison.Ordinal))
            throw new ArgumentException("The pattern needs a {provider} parameter, e.g. /hooks/seedance/{provider}.", nameof(pattern));
        // A Delegate, not a RequestDelegate, so the IResult is written to the response.
        return endpoints.MapPost(pattern, (Delegate)((HttpContext context) => HandleAsync(context, handler)));
    }

    private static async Task<IResult> HandleAsync(HttpContext context, Func<SeedanceCallback, CancellationToken, Task<bool>> handler)
    {
        var callbacks = context.RequestServices.GetRequiredService<SeedanceCallbacks>();
        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(SeedanceCallbackEndpoints).FullName!);
        var provider = context.GetRouteValue("provider") as string ?? string.Empty;
        var url = new Uri(context.Request.GetEncodedUrl());
        // The token before the body: a request without one is answered without reading a byte of it.
        if (!callbacks.HasValidToken(url)) return Refused(logger, provider, SeedanceCallbackRejection.BadToken);

        var body = await ReadBoundedAsync(context.Request, callbacks.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null) return Refused(logger, provider, SeedanceCallbackRejection.TooLarge);
        SeedanceCallback callback;
        try
        {
            callback = callbacks.Receive(provider, url, body);
        }
        catch (SeedanceCallbackRejectedException rejected)
        {
            return Refused(logger, provider, rejected.Rejection);
        }

        if (callback.IsDuplicate) return Results.Ok();
        return await handler(callback, context.RequestAborted).ConfigureAwait(false) ? Results.Ok() : Results.NotFound();
    }

    private static IResult Refused(ILogger? logger, string provider, SeedanceCallbackRejection reason)
    {
        // Never the URL: its query holds the token.
        logger?.LogWarning("Refused a {Provider} callback: {Reason}", provider, reason);
        return reason switch
        {
            SeedanceCallbackRejection.BadToken => Results.Unauthorized(),
            SeedanceCallbackRejection.TooLarge => Results.StatusCode(StatusCodes.Status413PayloadTooLarge),
            _ => Results.BadRequest(),
        };
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, 16 * 1024), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
