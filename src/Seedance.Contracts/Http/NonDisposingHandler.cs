namespace Seedance.Contracts.Http;

/// <summary>
/// Puts a handler the app owns under the SDK's chain without taking ownership: disposing the SDK's
/// chain stops here, so two clients can share one handler and dispose independently.
/// </summary>
internal sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Deliberately not base.Dispose(disposing): that would dispose the app's handler.
    }
}
