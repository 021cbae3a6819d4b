using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.AceDataSeedance;

/// <summary>TODO: the AceDataSeedance API (specs/).</summary>
internal sealed class AceDataSeedanceDialect : ProviderDialect
{
    public AceDataSeedanceDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.AceDataSeedance;

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
