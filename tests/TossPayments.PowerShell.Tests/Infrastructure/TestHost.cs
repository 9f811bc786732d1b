using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace TossPayments.PowerShell.Tests.Infrastructure
{
    /// <summary>
    /// A PowerShell host for tests: it answers confirmation prompts with a chosen answer, records
    /// every prompt, and keeps what the engine writes to the console.
    /// </summary>
    public sealed class TestHost : PSHost
    {
        private readonly TestHostUserInterface _ui = new();

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override string Name => "TossPaymentsTestHost";

        public override Version Version => new(1, 0);

        public override PSHostUserInterface UI => _ui;

        /// <summary>The label of the choice to pick at a prompt, e.g. "Yes" or "No"; null fails the test if a prompt comes.</summary>
        public string? Answer { get => _ui.Answer; set => _ui.Answer = value; }

        /// <summary>Every prompt's caption and message, in order.</summary>
        public IReadOnlyList<(string Caption, string Message)> Prompts => _ui.Prompts;

        /// <summary>Everything written to the console.</summary>
        public string Output => _ui.Output.ToString();

        public override void EnterNestedPrompt() => throw new NotSupportedException();

        public override void ExitNestedPrompt() => throw new NotSupportedException();

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        public override void SetShouldExit(int exitCode)
        {
        }

        private sealed class TestHostUserInterface : PSHostUserInterface
        {
            public string? Answer { get; set; }

            public List<(string Caption, string Message)> Prompts { get; } = new();

            public StringBuilder Output { get; } = new();

            public override PSHostRawUserInterface RawUI { get; } = new WideConsole();

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                Prompts.Add((caption, message));
                if (Answer is null)
                {
                    throw new InvalidOperationException($"Unexpected prompt: {caption}: {message}");
                }

                for (var i = 0; i < choices.Count; i++)
                {
                    if (choices[i].Label.Replace("&", "", StringComparison.Ordinal).Equals(Answer, StringComparison.OrdinalIgnoreCase))
                    {
                        return i;
                    }
                }

                throw new InvalidOperationException($"No choice '{Answer}' among {string.Join(", ", choices)}.");
            }

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
                throw new InvalidOperationException($"Unexpected prompt for input: {caption}: {message}");

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
                throw new InvalidOperationException("Unexpected credential prompt.");

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
                throw new InvalidOperationException("Unexpected credential prompt.");

            public override string ReadLine() => throw new InvalidOperationException("Unexpected read from the console.");

            public override SecureString ReadLineAsSecureString() => throw new InvalidOperationException("Unexpected read from the console.");

            public override void Write(string value) => Output.Append(value);

            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Output.Append(value);

            public override void WriteLine(string value) => Output.AppendLine(value);

            public override void WriteDebugLine(string message) => Output.AppendLine("DEBUG: " + message);

            public override void WriteErrorLine(string value) => Output.AppendLine("ERROR: " + value);

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
            }

            public override void WriteVerboseLine(string message) => Output.AppendLine("VERBOSE: " + message);

            public override void WriteWarningLine(string message) => Output.AppendLine("WARNING: " + message);
        }

        // A console wide enough that tables are not wrapped; it cannot be read from or drawn on.
        private sealed class WideConsole : PSHostRawUserInterface
        {
            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

            public override Size BufferSize { get; set; } = new(200, 1000);

            public override Coordinates CursorPosition { get; set; }

            public override int CursorSize { get; set; }

            public override bool KeyAvailable => false;

            public override Size MaxPhysicalWindowSize => new(200, 100);

            public override Size MaxWindowSize => new(200, 100);

            public override Coordinates WindowPosition { get; set; }

            public override Size WindowSize { get; set; } = new(200, 100);

            public override string WindowTitle { get; set; } = "";

            public override void FlushInputBuffer()
            {
            }

            public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

            public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

            public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

            public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

            public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
        }
    }
}
