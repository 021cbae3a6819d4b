using Microsoft.Extensions.Diagnostics.HealthChecks;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Hosting;

/// <summary>
/// The health check of one configured provider: runs the job client's probe (<see cref="VideoJobClient.ProbeAsync"/>)
/// through the same client, handlers and key the app uses, so a passing check means the app's own calls
/// can reach the provider and are accepted.
/// </summary>
internal sealed class SeedanceHealthCheck(ISeedanceClientRegistry registry, string provider) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = context.Registration.FailureStatus;
        var data = new Dictionary<string, object> { ["provider"] = provider };
        if (registry.GetClient(provider) is not VideoJobClient client)
        {
            // Only the registry's own clients can probe; a replaced registry is the app's to check.
            return new HealthCheckResult(failure, $"{provider}: the registered job client is not one of the SDK's, so it cannot be probed.", data: data);
        }
        try
        {
            await client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{provider}: reachable, key accepted.", data);
        }
        catch (SeedanceException exception)
        {
            // The SDK's exceptions carry redacted messages and a scrubbing ToString, so they can go into the result as they are.
            data["exception"] = exception.GetType().Name;
            if (exception.StatusCode is { } status) data["statusCode"] = (int)status;
            if (exception.ProviderCode is { } code) data["providerCode"] = code;
            if (exception.RequestId is { } requestId) data["requestId"] = requestId;
            var description = exception is SeedanceAuthenticationException
                ? $"{provider}: the provider refused the key ({exception.Message})"
                : $"{provider}: {exception.Message}";
            return new HealthCheckResult(failure, description, exception, data);
        }
    }
}
