package locale

// The messages of validation problems (package problem): the title of each problem kind,
// the details, and the count of violations, in every UI language. They are added to the
// tables of catalog_xx.go when the catalog is built.

type problemTexts struct {
	msgs       map[string]string
	violations forms
}

var problemTables = map[string]func() problemTexts{
	"en": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Invalid payload",
			"problem.malformed":              "Malformed JSON",
			"problem.too-large":              "Payload too large",
			"problem.unsupported-media-type": "Unsupported content type",
			"problem.not-found":              "Not found",
			"problem.method-not-allowed":     "Method not allowed",
			"problem.unavailable":            "Service unavailable",
			"problem.internal":               "Internal error",
			"problem.detail.timeout":         "The validation did not finish in time, or the client left",
			"problem.detail.busy":            "The server is busy; try again in a second",
			"problem.detail.path":            "Nothing at %s; GET / lists the endpoints",
			"problem.detail.agreement":       "No agreement with id %q",
			"problem.detail.schema":          "No schema %q; the schemas are %s",
			"problem.detail.method":          "Method %s is not allowed here; use %s",
			"problem.detail.mediatype":       "Content-Type %q is not application/json",
			"problem.detail.toolarge":        "The body is larger than the limit of %d bytes",
		}, forms{one: "%d violation", other: "%d violations"}}
	},
	"es": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Datos no válidos",
			"problem.malformed":              "JSON mal formado",
			"problem.too-large":              "Datos demasiado grandes",
			"problem.unsupported-media-type": "Tipo de contenido no admitido",
			"problem.not-found":              "No encontrado",
			"problem.method-not-allowed":     "Método no permitido",
			"problem.unavailable":            "Servicio no disponible",
			"problem.internal":               "Error interno",
			"problem.detail.timeout":         "La validación no terminó a tiempo, o el cliente se desconectó",
			"problem.detail.busy":            "El servidor está ocupado; vuelva a intentarlo en un segundo",
			"problem.detail.path":            "No hay nada en %s; GET / enumera los puntos de acceso",
			"problem.detail.agreement":       "No hay ningún acuerdo con el identificador %q",
			"problem.detail.schema":          "No existe el esquema %q; los esquemas son %s",
			"problem.detail.method":          "El método %s no está permitido aquí; use %s",
			"problem.detail.mediatype":       "El Content-Type %q no es application/json",
			"problem.detail.toolarge":        "El cuerpo supera el límite de %d bytes",
		}, forms{one: "%d infracción", other: "%d infracciones"}}
	},
	"pt": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Dados inválidos",
			"problem.malformed":              "JSON malformado",
			"problem.too-large":              "Dados demasiado grandes",
			"problem.unsupported-media-type": "Tipo de conteúdo não suportado",
			"problem.not-found":              "Não encontrado",
			"problem.method-not-allowed":     "Método não permitido",
			"problem.unavailable":            "Serviço indisponível",
			"problem.internal":               "Erro interno",
			"problem.detail.timeout":         "A validação não terminou a tempo, ou o cliente desconectou",
			"problem.detail.busy":            "O servidor está ocupado; tente de novo daqui a um segundo",
			"problem.detail.path":            "Nada em %s; GET / lista os pontos de acesso",
			"problem.detail.agreement":       "Nenhum acordo com o identificador %q",
			"problem.detail.schema":          "Não há esquema %q; os esquemas são %s",
			"problem.detail.method":          "O método %s não é permitido aqui; use %s",
			"problem.detail.mediatype":       "O Content-Type %q não é application/json",
			"problem.detail.toolarge":        "O corpo excede o limite de %d bytes",
		}, forms{one: "%d violação", other: "%d violações"}}
	},
	"fr": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Données non valides",
			"problem.malformed":              "JSON mal formé",
			"problem.too-large":              "Données trop volumineuses",
			"problem.unsupported-media-type": "Type de contenu non pris en charge",
			"problem.not-found":              "Introuvable",
			"problem.method-not-allowed":     "Méthode non autorisée",
			"problem.unavailable":            "Service indisponible",
			"problem.internal":               "Erreur interne",
			"problem.detail.timeout":         "La validation n'a pas abouti à temps, ou le client est parti",
			"problem.detail.busy":            "Le serveur est occupé ; réessayez dans une seconde",
			"problem.detail.path":            "Rien à l'adresse %s ; GET / liste les points d'accès",
			"problem.detail.agreement":       "Aucun accord n'a l'identifiant %q",
			"problem.detail.schema":          "Pas de schéma %q ; les schémas sont %s",
			"problem.detail.method":          "La méthode %s n'est pas autorisée ici ; utilisez %s",
			"problem.detail.mediatype":       "Le Content-Type %q n'est pas application/json",
			"problem.detail.toolarge":        "Le corps dépasse la limite de %d octets",
		}, forms{one: "%d violation", other: "%d violations"}}
	},
	"de": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Ungültige Daten",
			"problem.malformed":              "Fehlerhaftes JSON",
			"problem.too-large":              "Daten zu groß",
			"problem.unsupported-media-type": "Nicht unterstützter Inhaltstyp",
			"problem.not-found":              "Nicht gefunden",
			"problem.method-not-allowed":     "Methode nicht erlaubt",
			"problem.unavailable":            "Dienst nicht verfügbar",
			"problem.internal":               "Interner Fehler",
			"problem.detail.timeout":         "Die Prüfung wurde nicht rechtzeitig fertig, oder der Client hat die Verbindung beendet",
			"problem.detail.busy":            "Der Server ist ausgelastet; bitte in einer Sekunde erneut versuchen",
			"problem.detail.path":            "Unter %s gibt es nichts; GET / listet die Endpunkte",
			"problem.detail.agreement":       "Keine Vereinbarung mit der Kennung %q",
			"problem.detail.schema":          "Kein Schema %q; die Schemas sind %s",
			"problem.detail.method":          "Die Methode %s ist hier nicht erlaubt; verwenden Sie %s",
			"problem.detail.mediatype":       "Der Content-Type %q ist nicht application/json",
			"problem.detail.toolarge":        "Der Inhalt überschreitet die Grenze von %d Bytes",
		}, forms{one: "%d Verstoß", other: "%d Verstöße"}}
	},
	"zh": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "数据无效",
			"problem.malformed":              "JSON 格式错误",
			"problem.too-large":              "数据过大",
			"problem.unsupported-media-type": "不支持的内容类型",
			"problem.not-found":              "未找到",
			"problem.method-not-allowed":     "不允许的方法",
			"problem.unavailable":            "服务不可用",
			"problem.internal":               "内部错误",
			"problem.detail.timeout":         "验证未能按时完成，或客户端已断开",
			"problem.detail.busy":            "服务器繁忙，请一秒后重试",
			"problem.detail.path":            "%s 处没有内容；GET / 列出所有端点",
			"problem.detail.agreement":       "没有标识为 %q 的协议",
			"problem.detail.schema":          "没有模式 %q；现有模式为 %s",
			"problem.detail.method":          "此处不允许 %s 方法；请使用 %s",
			"problem.detail.mediatype":       "Content-Type %q 不是 application/json",
			"problem.detail.toolarge":        "请求体超过 %d 字节的上限",
		}, forms{other: "%d 处违规"}}
	},
	"ja": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "無効なデータ",
			"problem.malformed":              "不正な形式の JSON",
			"problem.too-large":              "データが大きすぎます",
			"problem.unsupported-media-type": "サポートされていないコンテンツタイプ",
			"problem.not-found":              "見つかりません",
			"problem.method-not-allowed":     "許可されていないメソッド",
			"problem.unavailable":            "サービス利用不可",
			"problem.internal":               "内部エラー",
			"problem.detail.timeout":         "検証が時間内に終わらなかったか、クライアントが切断しました",
			"problem.detail.busy":            "サーバーが混雑しています。1 秒後に再試行してください",
			"problem.detail.path":            "%s には何もありません。GET / でエンドポイントの一覧を確認できます",
			"problem.detail.agreement":       "ID %q の協定はありません",
			"problem.detail.schema":          "スキーマ %q はありません。スキーマは %s です",
			"problem.detail.method":          "ここでは %s メソッドは使えません。%s を使ってください",
			"problem.detail.mediatype":       "Content-Type %q は application/json ではありません",
			"problem.detail.toolarge":        "本文が上限の %d バイトを超えています",
		}, forms{other: "%d 件の違反"}}
	},
	"ru": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Недопустимые данные",
			"problem.malformed":              "Некорректный JSON",
			"problem.too-large":              "Слишком большой объём данных",
			"problem.unsupported-media-type": "Неподдерживаемый тип содержимого",
			"problem.not-found":              "Не найдено",
			"problem.method-not-allowed":     "Метод не разрешён",
			"problem.unavailable":            "Сервис недоступен",
			"problem.internal":               "Внутренняя ошибка",
			"problem.detail.timeout":         "Проверка не завершилась вовремя, или клиент отключился",
			"problem.detail.busy":            "Сервер занят; повторите попытку через секунду",
			"problem.detail.path":            "По адресу %s ничего нет; GET / выводит список адресов",
			"problem.detail.agreement":       "Нет соглашения с идентификатором %q",
			"problem.detail.schema":          "Нет схемы %q; схемы: %s",
			"problem.detail.method":          "Метод %s здесь не разрешён; используйте %s",
			"problem.detail.mediatype":       "Content-Type %q не является application/json",
			"problem.detail.toolarge":        "Тело запроса превышает предел в %d байт",
		}, forms{one: "%d нарушение", few: "%d нарушения", many: "%d нарушений", other: "%d нарушения"}}
	},
	"uk": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Неприпустимі дані",
			"problem.malformed":              "Некоректний JSON",
			"problem.too-large":              "Завеликий обсяг даних",
			"problem.unsupported-media-type": "Непідтримуваний тип вмісту",
			"problem.not-found":              "Не знайдено",
			"problem.method-not-allowed":     "Метод не дозволено",
			"problem.unavailable":            "Сервіс недоступний",
			"problem.internal":               "Внутрішня помилка",
			"problem.detail.timeout":         "Перевірка не завершилася вчасно, або клієнт від'єднався",
			"problem.detail.busy":            "Сервер зайнятий; спробуйте ще раз за секунду",
			"problem.detail.path":            "За адресою %s нічого немає; GET / показує перелік адрес",
			"problem.detail.agreement":       "Немає угоди з ідентифікатором %q",
			"problem.detail.schema":          "Немає схеми %q; схеми: %s",
			"problem.detail.method":          "Метод %s тут не дозволено; використовуйте %s",
			"problem.detail.mediatype":       "Content-Type %q не є application/json",
			"problem.detail.toolarge":        "Тіло запиту перевищує межу в %d байтів",
		}, forms{one: "%d порушення", few: "%d порушення", many: "%d порушень", other: "%d порушення"}}
	},
	"ro": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "Date nevalide",
			"problem.malformed":              "JSON incorect",
			"problem.too-large":              "Date prea mari",
			"problem.unsupported-media-type": "Tip de conținut neacceptat",
			"problem.not-found":              "Negăsit",
			"problem.method-not-allowed":     "Metodă nepermisă",
			"problem.unavailable":            "Serviciu indisponibil",
			"problem.internal":               "Eroare internă",
			"problem.detail.timeout":         "Validarea nu s-a încheiat la timp sau clientul s-a deconectat",
			"problem.detail.busy":            "Serverul este ocupat; încercați din nou peste o secundă",
			"problem.detail.path":            "Nu există nimic la %s; GET / listează punctele de acces",
			"problem.detail.agreement":       "Niciun acord cu identificatorul %q",
			"problem.detail.schema":          "Nu există schema %q; schemele sunt %s",
			"problem.detail.method":          "Metoda %s nu este permisă aici; folosiți %s",
			"problem.detail.mediatype":       "Content-Type %q nu este application/json",
			"problem.detail.toolarge":        "Corpul depășește limita de %d octeți",
		}, forms{one: "%d încălcare", few: "%d încălcări", other: "%d de încălcări"}}
	},
	"ka": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "არასწორი მონაცემები",
			"problem.malformed":              "არასწორად ფორმირებული JSON",
			"problem.too-large":              "მონაცემები ზედმეტად დიდია",
			"problem.unsupported-media-type": "შიგთავსის მხარდაუჭერელი ტიპი",
			"problem.not-found":              "ვერ მოიძებნა",
			"problem.method-not-allowed":     "მეთოდი დაუშვებელია",
			"problem.unavailable":            "სერვისი მიუწვდომელია",
			"problem.internal":               "შიდა შეცდომა",
			"problem.detail.timeout":         "შემოწმება დროულად ვერ დასრულდა, ან კლიენტი გაითიშა",
			"problem.detail.busy":            "სერვერი დაკავებულია; სცადეთ ერთ წამში",
			"problem.detail.path":            "%s მისამართზე არაფერია; GET / ჩამოთვლის მისამართებს",
			"problem.detail.agreement":       "შეთანხმება იდენტიფიკატორით %q არ არსებობს",
			"problem.detail.schema":          "სქემა %q არ არსებობს; სქემებია %s",
			"problem.detail.method":          "მეთოდი %s აქ დაუშვებელია; გამოიყენეთ %s",
			"problem.detail.mediatype":       "Content-Type %q არ არის application/json",
			"problem.detail.toolarge":        "შიგთავსი აღემატება %d ბაიტის ზღვარს",
		}, forms{one: "%d დარღვევა", other: "%d დარღვევა"}}
	},
	"hi": func() problemTexts {
		return problemTexts{map[string]string{
			"problem.invalid":                "अमान्य डेटा",
			"problem.malformed":              "गलत ढंग से बना JSON",
			"problem.too-large":              "डेटा बहुत बड़ा है",
			"problem.unsupported-media-type": "असमर्थित सामग्री प्रकार",
			"problem.not-found":              "नहीं मिला",
			"problem.method-not-allowed":     "विधि की अनुमति नहीं है",
			"problem.unavailable":            "सेवा उपलब्ध नहीं है",
			"problem.internal":               "आंतरिक त्रुटि",
			"problem.detail.timeout":         "सत्यापन समय पर पूरा नहीं हुआ, या क्लाइंट चला गया",
			"problem.detail.busy":            "सर्वर व्यस्त है; एक सेकंड बाद फिर से प्रयास करें",
			"problem.detail.path":            "%s पर कुछ नहीं है; GET / सभी एंडपॉइंट सूचीबद्ध करता है",
			"problem.detail.agreement":       "पहचानकर्ता %q वाला कोई समझौता नहीं है",
			"problem.detail.schema":          "स्कीमा %q मौजूद नहीं है; स्कीमा ये हैं: %s",
			"problem.detail.method":          "यहाँ %s विधि की अनुमति नहीं है; %s का उपयोग करें",
			"problem.detail.mediatype":       "Content-Type %q, application/json नहीं है",
			"problem.detail.toolarge":        "मुख्य भाग %d बाइट की सीमा से बड़ा है",
		}, forms{one: "%d उल्लंघन", other: "%d उल्लंघन"}}
	},
}

// withProblems adds the problem messages of t's language to t, and its violation
// messages from violations (violationMessages' result).
func (t *table) withProblems(violations map[string]map[string]string) *table {
	lang := t.tag.String()
	if lang == "zh-Hans" {
		lang = "zh"
	}
	pt := problemTables[lang]()
	for k, v := range pt.msgs {
		t.msgs[k] = v
	}
	if t.plurals == nil {
		t.plurals = map[string]forms{}
	}
	t.plurals["count.violations"] = pt.violations
	for k, v := range violations[lang] {
		t.msgs["violation."+k] = v
	}
	return t
}
