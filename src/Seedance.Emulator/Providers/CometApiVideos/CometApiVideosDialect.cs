using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.CometApiVideos;

/// <summary>TODO: the CometApiVideos API (specs/).</summary>
internal sealed class CometApiVideosDialect : ProviderDialect
{
    public CometApiVideosDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.CometApiVideos;

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
