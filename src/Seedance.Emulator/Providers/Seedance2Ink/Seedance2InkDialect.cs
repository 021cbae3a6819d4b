using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.Seedance2Ink;

/// <summary>TODO: the Seedance2Ink API (specs/).</summary>
internal sealed class Seedance2InkDialect : ProviderDialect
{
    public Seedance2InkDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.Seedance2Ink;

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
