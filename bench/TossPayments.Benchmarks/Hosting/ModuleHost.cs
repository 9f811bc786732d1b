using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace TossPayments.Benchmarks.Hosting
{
    /// <summary>A runspace with the laid-out module imported by its manifest, as a user's session has it.</summary>
    internal sealed class ModuleHost : IDisposable
    {
        private readonly Runspace _runspace;

        public ModuleHost()
        {
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(Paths.ModuleManifest);
            _runspace = RunspaceFactory.CreateRunspace(state);
            _runspace.Open();
        }

        public (List<PSObject> Output, List<ErrorRecord> Errors) Run(string script, IEnumerable<object>? input = null, IDictionary<string, object?>? variables = null)
        {
            foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            {
                _runspace.SessionStateProxy.SetVariable(name, value);
            }

            using var shell = PowerShell.Create();
            shell.Runspace = _runspace;
            shell.AddScript(script);
            var output = input is null ? shell.Invoke() : shell.Invoke(input);
            return (output.ToList(), shell.Streams.Error.ToList());
        }

        public void Connect(Uri baseUri, string parameters)
        {
            var (_, errors) = Run("Connect-TossPayments -SecretKey $key -BaseUri $uri " + parameters,
                variables: new Dictionary<string, object?> { ["key"] = Secure("test_sk_benchmark_harness"), ["uri"] = baseUri });
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Connect-TossPayments failed: " + errors[0]);
            }
        }

        /// <summary>Rows shaped as Import-Csv makes them: text properties named by the header.</summary>
        public static List<PSObject> Rows(IEnumerable<IReadOnlyDictionary<string, string>> rows) =>
            rows.Select(row =>
            {
                var item = new PSObject();
                foreach (var (name, value) in row)
                {
                    item.Properties.Add(new PSNoteProperty(name, value));
                }

                return item;
            }).ToList();

        public void Dispose() => _runspace.Dispose();

        private static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text)
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
