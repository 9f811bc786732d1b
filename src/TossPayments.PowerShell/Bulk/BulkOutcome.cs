using System.Management.Automation;

namespace TossPayments.PowerShell.Bulk
{
    /// <summary>
    /// Something the bulk engine hands back for the cmdlet to write on the pipeline thread, in the
    /// order given: a row's result (a Payment, a billing key…), a row's failure, a failure of a row that was in flight when a
    /// stopping run failed (written as a warning: an error would end the command before the rest),
    /// or a progress update.
    /// </summary>
    internal abstract record BulkOutcome
    {
        private BulkOutcome()
        {
        }

        public sealed record Done(object Result) : BulkOutcome;

        public sealed record Failed(TossPaymentsException Error, object Row) : BulkOutcome;

        public sealed record AlsoFailedWhileStopping(TossPaymentsException Error, object Row) : BulkOutcome;

        public sealed record Progress(ProgressRecord Record) : BulkOutcome;
    }
}
