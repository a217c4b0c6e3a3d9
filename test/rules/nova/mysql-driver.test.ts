import rule from "../../../rules/nova/mysql-driver.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (option: string): string =>
  `${option} uses "mysql://" without a driver: SQLAlchemy picks MySQLdb (mysqlclient) and oslo.db logs a warning; nova documents "mysql+pymysql://".`;
const insert = (at: number) => [{ desc: 'Insert "+pymysql" after "mysql".', fix: { range: [at, at] as [number, number], text: "+pymysql" } }];

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[database]\nconnection = mysql+pymysql://nova:pw@db/nova\n",
    { name: "other dialects and drivers", code: "[database]\nconnection = sqlite:////var/lib/nova/nova.sqlite\n[api_database]\nconnection = mysql+mysqldb://nova:pw@db/nova_api\n" },
    { name: "keys nova no longer reads (corpus 04)", code: "[DEFAULT]\nsql_connection = mysql://nova:nova@localhost/nova\n[default]\nconnection = mysql://x\n" },
    { name: "options that are no database URL", code: "[database]\nconnection_parameters = mysql://x\n[DEFAULT]\nstate_path = mysql://x\n" },
  ],
  invalid: [
    {
      name: "corpus 08: the URL is never printed",
      code: "[database]\nconnection = mysql://nova:nova@localhost/nova\n",
      errors: [
        {
          messageId: "noDriver",
          message: message("[database] connection"),
          severity: "warning",
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 46,
          fix: null,
          suggestions: insert(29),
        },
      ],
    },
    {
      name: "both groups, the replica, quotes, a case-variant section",
      code: '[api_database]\nslave_connection = "mysql://nova:pw@replica/nova_api"\n[DATABASE]\nconnection=mysql://nova:pw@db/nova\n',
      errors: [
        { message: message("[api_database] slave_connection"), line: 2, column: 20, endColumn: 54, suggestions: insert(40) },
        { message: message("[database] connection"), line: 4, suggestions: insert(96) },
      ],
    },
  ],
});
