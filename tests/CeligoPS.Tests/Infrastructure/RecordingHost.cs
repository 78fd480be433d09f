using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace CeligoPS.Tests.Infrastructure;

/// <summary>
/// A PowerShell host that records what would be written to the console: "What if:" lines, Write-Host
/// text. The engine writes those to the host, not to a stream, so without this they are lost.
/// </summary>
public sealed class RecordingHost : PSHost
{
    private readonly RecordingUI _ui = new();

    public IReadOnlyList<string> Lines => _ui.Lines;

    public void Clear() => _ui.Clear();

    public override string Name => "CeligoPS.Tests";
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

    private sealed class RecordingUI : PSHostUserInterface
    {
        private readonly List<string> _lines = new();
        private readonly object _gate = new();

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_gate)
                {
                    return _lines.ToList();
                }
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _lines.Clear();
            }
        }

        private void Add(string text)
        {
            lock (_gate)
            {
                _lines.Add(text);
            }
        }

        public override PSHostRawUserInterface? RawUI => null;
        public override string ReadLine() => throw new NotSupportedException("The tests never prompt.");
        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The tests never prompt.");
        public override void Write(string value) => Add(value);
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Add(value);
        public override void WriteLine(string value) => Add(value);
        public override void WriteErrorLine(string value) => Add(value);
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException("The tests never prompt.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException("The tests never prompt.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException("The tests never prompt.");
        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw new NotSupportedException("The tests never prompt.");
    }
}
