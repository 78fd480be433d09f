using CeligoPS.HelpBuilder;

// Entry point: dotnet CeligoPS.HelpBuilder.dll --docs docs/en-US --out out/CeligoPS/en-US --module CeligoPS
HelpCompilerOptions options;
try
{
    options = HelpCompilerOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(HelpCompilerOptions.Usage);
    return HelpCompiler.UsageOrIoError;
}
return HelpCompiler.Run(options, Console.Out, Console.Error);
