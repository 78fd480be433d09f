using System.Management.Automation;
using System.Management.Automation.Language;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Help;

/// <summary>
/// Runs documentation code the way a reader would: against a freshly seeded emulator (token
/// demo-token, its URL in place of the documented http://127.0.0.1:5099), already connected, with the
/// Utility stand-ins the hosted engine lacks. Code marked as needing a real account is not run; every
/// command it names must exist and every parameter it passes must be one of that command's.
/// </summary>
public static class ScriptExamples
{
    public const string DocumentedBaseUri = "http://127.0.0.1:5099";
    public const string DocumentedToken = "demo-token";

    public static async Task RunAsync(string code, string where)
    {
        if (HelpPages.NeedsRealAccount(code))
        {
            CheckCommandsAndParameters(code, where);
            return;
        }
        await using var prepared = await PreparedHost.StartAsync();
        var result = prepared.Host.Run(code.Replace(DocumentedBaseUri, prepared.BaseUri));
        if (result.Terminating != null || result.Errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{where} failed:\n{code}\n---\n" + string.Join("\n", result.AllErrors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")));
        }
    }

    /// <summary>A seeded emulator with the documented token, and a connected runspace with the stand-ins loaded.</summary>
    public sealed class PreparedHost : IAsyncDisposable
    {
        private PreparedHost(CeligoPS.Emulator.EmulatorServer emulator, PowerShellHost host)
        {
            Emulator = emulator;
            Host = host;
        }

        public CeligoPS.Emulator.EmulatorServer Emulator { get; }
        public PowerShellHost Host { get; }
        public string BaseUri => Emulator.BaseUri.ToString().TrimEnd('/');

        public static async Task<PreparedHost> StartAsync()
        {
            var emulator = await CeligoPS.Emulator.EmulatorServer.StartAsync(new CeligoPS.Emulator.EmulatorOptions { Token = DocumentedToken });
            var host = new PowerShellHost();
            host.Runspace.SessionStateProxy.Path.SetLocation(RepoPaths.Root); // README paths are relative to the repository
            host.Run(PowerShellHost.UtilityShims).ShouldSucceed();
            var prepared = new PreparedHost(emulator, host);
            host.Run($"Connect-Celigo -BaseUri {prepared.BaseUri} -Token {DocumentedToken}").ShouldSucceed();
            emulator.Counters.Reset();
            return prepared;
        }

        public async ValueTask DisposeAsync()
        {
            Host.Dispose();
            await Emulator.DisposeAsync();
        }
    }

    /// <summary>For code that cannot run here: the commands exist and take the parameters it passes.</summary>
    public static void CheckCommandsAndParameters(string code, string where)
    {
        var ast = Parser.ParseInput(code, out _, out var errors);
        Assert.True(errors.Length == 0, $"{where} does not parse: {string.Join("; ", errors.Select(e => e.Message))}");
        using var host = new PowerShellHost();
        foreach (var command in ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>())
        {
            var name = command.GetCommandName();
            if (name == null || !name.Contains("-Celigo"))
            {
                continue; // only this module's commands are ours to check; others (Read-Host...) belong to PowerShell
            }
            var found = host.Run($"Get-Command {name}").Output.Select(o => o.BaseObject).OfType<CmdletInfo>().SingleOrDefault();
            Assert.True(found != null, $"{where} uses {name}, which the module does not export");
            foreach (var parameter in command.CommandElements.OfType<CommandParameterAst>())
            {
                var matches = found!.Parameters.Keys.Where(k => k.StartsWith(parameter.ParameterName, StringComparison.OrdinalIgnoreCase)).ToList();
                Assert.True(matches.Count > 0 || found.Parameters.Values.Any(p => p.Aliases.Contains(parameter.ParameterName, StringComparer.OrdinalIgnoreCase)),
                    $"{where}: {name} has no parameter -{parameter.ParameterName}");
            }
        }
    }

    /// <summary>The ```powershell blocks of a markdown file.</summary>
    public static IEnumerable<string> PowerShellBlocks(string markdownPath)
    {
        var lines = File.ReadAllLines(markdownPath);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```powershell")
            {
                continue;
            }
            var block = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                block.Add(lines[i]);
            }
            yield return string.Join("\n", block);
        }
    }
}
