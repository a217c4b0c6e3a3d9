import rule from "../../../rules/nova/unresolved-substitution.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const LITERAL = 'Write "$$" for a literal "$".';

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nstate_path = /srv/nova\ninstances_path = $state_path/instances\n[vnc]\nserver_listen = $my_ip\n",
    { name: "${name} and ${group.name}", code: "[DEFAULT]\nhost = ${my_ip}.example\nstate_path = /srv/${libvirt.images_type}\n" },
    { name: "escapes and $ before anything but a name", code: "[DEFAULT]\nstate_path = a$$b\\$c cost $1 and $ x ${1} $\n" },
    { name: "a deprecated name resolves to its option", code: "[DEFAULT]\nstate_path = $logdir/x\n" },
    { name: "keys oslo.config never reads", code: "[DEFAULT]\nmy_path = $nothing\n[default]\nstate_path = $nothing\n" },
    { name: "secret options are nova/dollar-in-secret's", code: "[neutron]\npassword = pa$word\n[database]\nconnection = mysql+pymysql://nova:Db$Pw@db/nova\n" },
    { name: "so is the password of a URL in any option", code: "[vnc]\nnovncproxy_base_url = http://admin:pa$word@192.0.2.1:6080/\n" },
  ],
  invalid: [
    {
      name: "the spec's example: `.` belongs to the name",
      code: "[DEFAULT]\nmy_ip = 192.0.2.1\nhost = $my_ip.example\n",
      errors: [
        {
          messageId: "dottedName",
          message:
            '"$my_ip.example" refers to option "example" of group [my_ip], which does not exist; the service fails with NoSuchOptError when it reads [DEFAULT] host. Write "${my_ip}.example".',
          severity: "error",
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 22,
          fix: null,
          suggestions: [{ desc: 'Write "${my_ip}.example".', fix: { range: [35, 49], text: "${my_ip}.example" } }],
        },
      ],
    },
    {
      name: "a braced dotted name, and a sentence-ending dot",
      code: "[DEFAULT]\nhost = ${my_ip.example}\nstate_path = /srv/$host.\n",
      errors: [
        {
          messageId: "dottedName",
          message:
            '"${my_ip.example}" refers to option "example" of group [my_ip], which does not exist; the service fails with NoSuchOptError when it reads [DEFAULT] host. Write "${my_ip}.example".',
          line: 2,
          suggestions: [{ desc: 'Write "${my_ip}.example".', fix: { range: [17, 33], text: "${my_ip}.example" } }],
        },
        {
          messageId: "dottedName",
          message:
            '"$host." refers to option "" of group [host], which does not exist; the service fails with NoSuchOptError when it reads [DEFAULT] state_path. Write "${host}.".',
          line: 3,
          suggestions: [{ desc: 'Write "${host}.".', fix: { range: [52, 58], text: "${host}." } }],
        },
      ],
    },
    {
      name: "a name of no option: [DEFAULT], or the option's group then [DEFAULT]",
      code: "[DEFAULT]\nstate_path = /srv/$nova_dir\n[vnc]\nnovncproxy_base_url = http://$proxy_host:6080/\n",
      errors: [
        {
          messageId: "missingOption",
          message: `"$nova_dir" refers to option "nova_dir" of group [DEFAULT], which does not exist; the service fails with NoSuchOptError when it reads [DEFAULT] state_path. ${LITERAL}`,
          line: 2,
          column: 14,
          endColumn: 28,
          suggestions: [{ desc: LITERAL, fix: { range: [28, 28], text: "$" } }],
        },
        {
          messageId: "missingOption",
          message: `"$proxy_host" refers to option "proxy_host" of group [vnc] or [DEFAULT], which does not exist; the service fails with NoSuchOptError when it reads [vnc] novncproxy_base_url. ${LITERAL}`,
          line: 4,
          suggestions: [{ desc: LITERAL, fix: { range: [73, 73], text: "$" } }],
        },
      ],
    },
    {
      name: "a group is no option; an unregistered group, [DEFAULT] and upper case are no groups",
      code: "[DEFAULT]\nhost = $libvirt\nstate_path = ${nogroup.x}/${DEFAULT.my_ip}/${LIBVIRT.images_type}\n",
      errors: [
        {
          messageId: "groupReference",
          message: `"$libvirt" names the group [libvirt], not an option; the service fails when it reads [DEFAULT] host. ${LITERAL}`,
          line: 2,
          suggestions: [{ desc: LITERAL, fix: { range: [17, 17], text: "$" } }],
        },
        { messageId: "missingOption", message: `"\${nogroup.x}" refers to option "x" of group [nogroup], which does not exist; the service fails with NoSuchOptError when it reads [DEFAULT] state_path. ${LITERAL}` },
        { messageId: "missingOption", message: /^"\$\{DEFAULT\.my_ip\}" refers to option "my_ip" of group \[DEFAULT\], which does not exist;/ },
        { messageId: "missingOption", message: /^"\$\{LIBVIRT\.images_type\}" refers to option "images_type" of group \[LIBVIRT\], which does not exist;/ },
      ],
    },
    {
      name: "a deprecated name is read as its option, in that option's group; continuation lines",
      code: "[DEFAULT]\nnovncproxy_base_url = http://192.0.2.1:6080/\n  $vnc_path\n",
      errors: [
        {
          message: `"$vnc_path" refers to option "vnc_path" of group [vnc] or [DEFAULT], which does not exist; the service fails with NoSuchOptError when it reads [DEFAULT] novncproxy_base_url. ${LITERAL}`,
          line: 2,
          column: 23,
          endLine: 3,
          endColumn: 12,
          suggestions: [{ desc: LITERAL, fix: { range: [57, 57], text: "$" } }],
        },
      ],
    },
  ],
});
