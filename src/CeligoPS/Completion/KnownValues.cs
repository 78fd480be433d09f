namespace CeligoPS.Completion
{
    /// <summary>Values the API documents for open-ended filters (celigo-api.md §5.3); the API accepts others too.</summary>
    internal static class KnownValues
    {
        public static readonly string[] ErrorSources =
        {
            "internal", "application", "connection", "resource", "transformation", "output_filter", "input_filter",
            "import_filter", "lookup", "mapping", "response_mapping", "pre_save_page_hook", "pre_map_hook", "post_map_hook",
            "post_submit_hook", "post_response_map_hook", "post_aggregate_hook", "pre_send_hook_ss", "pre_map_hook_ss",
            "post_map_hook_ss", "post_submit_hook_ss", "ftp_bridge",
        };

        public static readonly string[] ErrorClassifications =
        {
            "connection", "duplicate", "governance", "missing", "parse", "value", "intermittent",
        };
    }
}
