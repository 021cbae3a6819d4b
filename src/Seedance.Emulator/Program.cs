using Seedance.Emulator.Hosting;

return await EmulatorCommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
