using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.CometApiVolc;

/// <summary>TODO: the CometApiVolc API (specs/).</summary>
internal sealed class CometApiVolcDialect : ProviderDialect
{
    public CometApiVolcDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.CometApiVolc;

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
