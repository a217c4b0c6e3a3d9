import rule from "../../../rules/nova/secret-in-clear.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const known = (option: string, variable: string): string =>
  `${option} holds a literal credential; keep secrets out of the repository (use a template, a secret store or ${variable} in the service environment).`;
const unknown = (option: string): string => `${option} holds a literal credential; keep secrets out of the repository (use a template or a secret store).`;

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[neutron]\nusername = neutron\nauth_type = password\n",
    {
      name: "install-guide placeholders, the sample's <None>, masks (corpus 06, 20)",
      code: "[DEFAULT]\ntransport_url = rabbit://openstack:RABBIT_PASS@controller\nrabbit_password = RABBIT_PASS\n[database]\nconnection = mysql+pymysql://nova:NOVA_DBPASS@controller/nova\n[neutron]\npassword = <None>\nmetadata_proxy_shared_secret = ****\n",
    },
    { name: "URLs without a password", code: "[database]\nconnection = sqlite:////var/lib/nova/nova.sqlite\n[DEFAULT]\ntransport_url = rabbit://\n[glance]\napi_servers = http://admin@192.0.2.10:9292\n" },
    { name: "empty secrets (kolla-ansible's `cafile = ` is no secret either)", code: "[neutron]\npassword =\n[glance]\ncafile = \n" },
    { name: "known options are judged by their flag, not their name", code: "[libvirt]\nrbd_secret_uuid = 5b67401f-dc5e-496a-8456-9a5dc40e7d3c\n[service_user]\nsend_service_user_token = true\n" },
    { name: "unknown keys whose name only mentions a key file", code: "[libvirt]\nfile_server_client_key_file = /etc/pki/clientkey.pem\n" },
    { name: "placeholders of one's own", code: "[neutron]\npassword = {{ vault_neutron }}\n", options: { placeholders: ["^\\{\\{.*\\}\\}$"] } },
  ],
  invalid: [
    {
      name: "a password",
      code: "[neutron]\npassword = Neutr0nPw\n",
      errors: [
        {
          messageId: "credential",
          message: known("[neutron] password", "OS_NEUTRON__PASSWORD"),
          severity: "warning",
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 21,
          fix: null,
        },
      ],
    },
    {
      name: "URL passwords in any key: transport_url with several hosts, database URLs, an unknown key (corpus 04, 22)",
      code: "[DEFAULT]\ntransport_url = rabbit://openstack:Rabb1tPw@192.0.2.11:5672,openstack:Rabb1tPw@192.0.2.12:5672//\nsql_connection = mysql://nova:nova@localhost/nova\n[api_database]\nconnection = mysql+pymysql://nova_api:ApiDbPw@192.0.2.10:3306/nova_api\n",
      errors: [
        { message: known("[DEFAULT] transport_url", "OS_DEFAULT__TRANSPORT_URL"), line: 2, column: 17, endColumn: 97 },
        { messageId: "credentialUnknownKey", message: unknown("[DEFAULT] sql_connection"), line: 3, column: 18 },
        { message: known("[api_database] connection", "OS_API_DATABASE__CONNECTION"), line: 5 },
      ],
    },
    {
      name: "one real password among placeholders is enough; a URL in a non-secret option",
      code: "[DEFAULT]\ntransport_url = rabbit://a:RABBIT_PASS@h1,b:real@h2//\n[glance]\napi_servers = http://admin:pw@192.0.2.10:9292\n",
      errors: [
        { message: known("[DEFAULT] transport_url", "OS_DEFAULT__TRANSPORT_URL"), line: 2 },
        { message: known("[glance] api_servers", "OS_GLANCE__API_SERVERS"), line: 4 },
      ],
    },
    {
      name: "other secret options, a deprecated name, a case-variant section",
      code: "[key_manager]\nfixed_key = bae3516cc1c0eb18\n[NEUTRON]\nmetadata_proxy_shared_secret = M3tadataSecret\n[vault]\nroot_token_id = s.abc\n",
      errors: [
        { message: known("[key_manager] fixed_key", "OS_KEY_MANAGER__FIXED_KEY"), line: 2 },
        { message: known("[neutron] metadata_proxy_shared_secret", "OS_NEUTRON__METADATA_PROXY_SHARED_SECRET"), line: 4 },
        { message: known("[vault] root_token_id", "OS_VAULT__ROOT_TOKEN_ID"), line: 6 },
      ],
    },
    {
      name: "unknown keys that look secret, in known, unknown and [default] sections (corpus 16)",
      code: "[DEFAULT]\nxenapi_connection_password=meghdoot\n[keystone_authtoken]\nadmin_password = nova\n[default]\npassword = x\n[privsep_entrypoint]\napi_token = t\nssl_key = k\n",
      errors: [
        { messageId: "credentialUnknownKey", message: unknown("[DEFAULT] xenapi_connection_password"), line: 2, column: 28, endColumn: 36 },
        { messageId: "credentialUnknownKey", message: unknown("[keystone_authtoken] admin_password"), line: 4 },
        { messageId: "credentialUnknownKey", message: unknown("[default] password"), line: 6 },
        { messageId: "credentialUnknownKey", message: unknown("[privsep_entrypoint] api_token"), line: 8 },
        { messageId: "credentialUnknownKey", message: unknown("[privsep_entrypoint] ssl_key"), line: 9 },
      ],
    },
    {
      name: "no placeholders at all: RABBIT_PASS counts",
      code: "[neutron]\npassword = NEUTRON_PASS\n",
      options: { placeholders: [] },
      errors: [{ message: known("[neutron] password", "OS_NEUTRON__PASSWORD") }],
    },
  ],
});
