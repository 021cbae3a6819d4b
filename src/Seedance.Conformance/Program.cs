// Placeholder entry point: the conformance runner (the suite's main job) lands here later.
// The replay host it uses lives in Replay/ (namespace Seedance.Conformance.Replay).

Console.Error.WriteLine("""
    Seedance.Conformance - conformance suite for the Seedance.Contracts clients.

    usage: Seedance.Conformance [options]

    The runner is not implemented yet. The in-process replay host that serves WireMock-format
    stub mappings is available as a library: see docs/replay-host.md.
    """);
return args.Length == 0 ? 0 : 2;
