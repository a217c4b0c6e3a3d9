import rule from "../../../rules/nova/deprecated-for-removal.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[glance]\nvalid_interfaces = internal\n[DEFAULT]\ndefault_thread_pool_size = 10\n",
    { name: "keys of ignored sections", code: "[default]\nbackdoor_port = 1234\n[Glance_x]\napi_servers = http://g:9292\n" },
  ],
  invalid: [
    {
      name: "since and the reason's first sentence (17.0.0 does not end it)",
      code: "[glance]\napi_servers = http://192.0.2.10:9292\n",
      errors: [
        {
          messageId: "forRemoval",
          message:
            'Option "api_servers" from group "glance" is deprecated for removal since 21.0.0: Support for image service configuration via standard keystoneauth1 Adapter options was added in the 17.0.0 Queens release. Its value may be silently ignored in the future.',
          severity: "warning",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          fix: null,
        },
      ],
    },
    {
      name: "the eventlet pool, in a case-variant section",
      code: "[DEFAULT]\ndefault_green_pool_size = 1000\n[GLANCE]\napi_servers = http://g:9292\n",
      errors: [
        {
          message:
            'Option "default_green_pool_size" from group "DEFAULT" is deprecated for removal since 32.0.0: This option is only used if the service is running in Eventlet mode. Its value may be silently ignored in the future.',
          line: 2,
        },
        { message: /^Option "api_servers" from group "glance" is deprecated for removal since 21\.0\.0: /, line: 4 },
      ],
    },
    {
      name: "since unknown; a version inside the sentence; no reason; a reason without a final period",
      code: "[DEFAULT]\nbackdoor_port = 1234\nconfig_drive_format = iso9660\n[workarounds]\ndisable_fallback_pcpu_query = true\n[profiler_jaeger]\nservice_name_prefix = nova\n",
      errors: [
        {
          message:
            "Option \"backdoor_port\" from group \"DEFAULT\" is deprecated for removal: The 'backdoor_port' option is deprecated and will be removed in a future release. Its value may be silently ignored in the future.",
          line: 2,
        },
        {
          message:
            'Option "config_drive_format" from group "DEFAULT" is deprecated for removal since 19.0.0: This option was originally added as a workaround for bug in libvirt, #1246201, that was resolved in libvirt v1.2.17. Its value may be silently ignored in the future.',
          line: 3,
        },
        {
          message: 'Option "disable_fallback_pcpu_query" from group "workarounds" is deprecated for removal since 20.0.0. Its value may be silently ignored in the future.',
          line: 5,
        },
        {
          message: 'Option "service_name_prefix" from group "profiler_jaeger" is deprecated for removal: Jager driver is no longer supported. Its value may be silently ignored in the future.',
          line: 7,
        },
      ],
    },
    {
      name: "set through a deprecated name: oslo.config warns all the same, naming the option",
      code: "[DEFAULT]\nsecure_proxy_ssl_header = HTTP_X_FORWARDED_PROTO\n",
      errors: [
        {
          message:
            'Option "secure_proxy_ssl_header" from group "wsgi" is deprecated for removal since 31.0.0: The functionality of this parameter is duplicate of the http_proxy_to_wsgi middleware of oslo.middleware and will be completely replaced. Its value may be silently ignored in the future.',
          line: 2,
          endColumn: 24,
        },
      ],
    },
  ],
});
