using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Security;

namespace TossPayments.PowerShell.Tests.Infrastructure
{
    /// <summary>
    /// A fresh runspace with the laid-out module imported by its manifest, as a user's session
    /// would have it after <c>Import-Module TossPayments</c>.
    /// </summary>
    public sealed class ModuleSession : IDisposable
    {
        public static readonly string ManifestPath = Metadata("ModuleManifest");
        public static readonly string RepositoryRoot = Metadata("RepositoryRoot");

        private readonly Runspace _runspace;

        public ModuleSession()
        {
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(ManifestPath);
            _runspace = RunspaceFactory.CreateRunspace(Host, state);
            _runspace.Open();
        }

        public TestHost Host { get; } = new();

        public Runspace Runspace => _runspace;

        /// <summary>Runs a script with the given input piped in; variables are set first.</summary>
        public Result Run(string script, IEnumerable<object>? input = null, IDictionary<string, object?>? variables = null, bool progress = false)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = _runspace;
            foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            {
                _runspace.SessionStateProxy.SetVariable(name, value);
            }

            shell.AddScript(script);

            // Collected as written, so what came before a terminating error is kept too.
            var output = new List<PSObject>();
            try
            {
                shell.Invoke(input, output);
                return new Result(output, shell.Streams.Error.ToList(), null)
                {
                    Progress = progress ? shell.Streams.Progress.ToList() : [],
                    Warnings = Warnings(shell),
                };
            }
            catch (RuntimeException terminating)
            {
                return new Result(output, shell.Streams.Error.ToList(), terminating) { Warnings = Warnings(shell) };
            }
        }

        /// <summary>Connects this session to a sandbox (or any address) with a test key.</summary>
        public void Connect(Uri baseUri, string secretKey = "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R", string parameters = "-MaximumRetryCount 0")
        {
            var result = Run("Connect-TossPayments -SecretKey $key -BaseUri $uri " + parameters,
                variables: new Dictionary<string, object?> { ["key"] = Secure(secretKey), ["uri"] = baseUri });
            result.AssertNoErrors();
        }

        public static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text)
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return secure;
        }

        public void Dispose() => _runspace.Dispose();

        private static List<string> Warnings(System.Management.Automation.PowerShell shell) => shell.Streams.Warning.Select(w => w.Message).ToList();

        private static string Metadata(string key) =>
            typeof(ModuleSession).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

        /// <summary>What a script wrote: output, non-terminating errors, and the terminating error if one ended it.</summary>
        public sealed record Result(IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, RuntimeException? Terminating)
        {
            /// <summary>The warnings written.</summary>
            public IReadOnlyList<string> Warnings { get; init; } = [];

            /// <summary>The progress records written, when asked for.</summary>
            public IReadOnlyList<ProgressRecord> Progress { get; init; } = [];

            public void AssertNoErrors()
            {
                Assert.True(Terminating is null, "Terminated: " + Terminating?.Message);
                Assert.True(Errors.Count == 0, "Errors: " + string.Join("\n", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
            }

            /// <summary>A property of the n-th output object.</summary>
            public object? Get(int index, string property) => Output[index].Properties[property]?.Value;
        }
    }
}
