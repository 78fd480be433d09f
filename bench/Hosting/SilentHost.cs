using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// A PowerShell host whose console goes nowhere: "What if:" lines are built and handed to the host
/// as in a real session, then dropped (only counted), so console rendering is not part of a measure.
/// </summary>
internal sealed class SilentHost : PSHost
{
    private readonly SilentUI _ui = new();

    /// <summary>Lines written to the console since the host was made.</summary>
    public long LinesWritten => _ui.Lines;

    public override string Name => "CeligoPS.Bench";
    public override Version Version => new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => _ui;
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override void SetShouldExit(int exitCode) { }
    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }

    private sealed class SilentUI : PSHostUserInterface
    {
        private long _lines;

        public long Lines => Interlocked.Read(ref _lines);

        private void Count() => Interlocked.Increment(ref _lines);

        public override PSHostRawUserInterface? RawUI => null;
        public override string ReadLine() => throw new NotSupportedException("The benchmark never prompts.");
        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The benchmark never prompts.");
        public override void Write(string value) => Count();
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Count();
        public override void WriteLine(string value) => Count();
        public override void WriteErrorLine(string value) => Count();
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException("The benchmark never prompts.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException("The benchmark never prompts.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException("The benchmark never prompts.");
        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw new NotSupportedException("The benchmark never prompts.");
    }
}
