namespace Alliance.JoinForm.Submission;

/// <summary>The join pages' and e-mails' own words in English and French (field labels come from the type's definition).</summary>
public static class JoinTexts
{
    private static readonly Dictionary<string, (string En, string Fr)> Texts = new(StringComparer.Ordinal)
    {
        ["title"] = ("Join the Alliance", "Rejoindre l'Alliance"),
        ["intro"] = ("Local and regional authorities of Council of Europe member States can ask to join. Fields marked * are required.",
                     "Les collectivités locales et régionales des États membres du Conseil de l'Europe peuvent demander à adhérer. Les champs marqués d'un * sont obligatoires."),
        ["required"] = ("required", "obligatoire"),
        ["choose"] = ("Choose…", "Choisir…"),
        ["submit"] = ("Send the application", "Envoyer la demande"),
        ["errors.summary"] = ("The application could not be sent. Please correct the fields below.", "La demande n'a pas pu être envoyée. Veuillez corriger les champs ci-dessous."),
        ["consent.text"] = ("I have read the privacy notice and agree that the Alliance processes the data in this form to handle the application.",
                            "J'ai lu la notice de confidentialité et j'accepte que l'Alliance traite les données de ce formulaire pour instruire la demande."),
        ["consent.required"] = ("Please give your consent to the privacy notice to send the application.", "Veuillez donner votre consentement à la notice de confidentialité pour envoyer la demande."),
        ["letter.hint"] = ("PDF only, {0} MB at most.", "PDF uniquement, {0} Mo au maximum."),
        ["file.notpdf"] = ("The file must be a PDF document.", "Le fichier doit être un document PDF."),
        ["file.toolarge"] = ("The file is larger than {0} MB.", "Le fichier dépasse {0} Mo."),
        ["honeypot.label"] = ("Leave this field empty", "Laissez ce champ vide"),
        ["refused.expired"] = ("This form has expired or could not be checked. Please check the fields and send it again.",
                               "Ce formulaire a expiré ou n'a pas pu être vérifié. Veuillez vérifier les champs et l'envoyer à nouveau."),
        ["refused.toofast"] = ("The form was sent too quickly. Please check the fields and send it again.",
                               "Le formulaire a été envoyé trop rapidement. Veuillez vérifier les champs et l'envoyer à nouveau."),
        ["refused.spam"] = ("The application could not be accepted.", "La demande n'a pas pu être acceptée."),
        ["ratelimit.title"] = ("Too many attempts", "Trop de tentatives"),
        ["ratelimit.text"] = ("Too many forms were sent from your connection. Please wait a few minutes and try again.",
                              "Trop de formulaires ont été envoyés depuis votre connexion. Veuillez patienter quelques minutes avant de réessayer."),
        ["confirmation.title"] = ("Thank you: your application was received", "Merci : votre demande a été reçue"),
        ["confirmation.reference"] = ("Your reference number", "Votre numéro de référence"),
        ["confirmation.text"] = ("We have sent a confirmation to {0}. Keep the link below to follow your application.",
                                 "Nous avons envoyé une confirmation à {0}. Conservez le lien ci-dessous pour suivre votre demande."),
        ["confirmation.status"] = ("Follow your application", "Suivre votre demande"),
        ["status.title"] = ("Your application", "Votre demande"),
        ["status.authority"] = ("Authority", "Collectivité"),
        ["status.label"] = ("Status", "Statut"),
        ["status.reference"] = ("Reference", "Référence"),
        ["status.submitted"] = ("Submitted on", "Envoyée le"),
        ["status.question"] = ("We need more information about your application. Please answer below.",
                               "Nous avons besoin d'informations complémentaires sur votre demande. Veuillez répondre ci-dessous."),
        ["answer.text"] = ("Your answer", "Votre réponse"),
        ["answer.file"] = ("A document (PDF, optional)", "Un document (PDF, facultatif)"),
        ["answer.submit"] = ("Send the answer", "Envoyer la réponse"),
        ["answer.required"] = ("Please write your answer.", "Veuillez écrire votre réponse."),
        ["answer.thanks"] = ("Thank you: your answer was sent to the editors.", "Merci : votre réponse a été transmise aux responsables."),
        ["mail.confirmation.subject"] = ("Your application to join the Alliance ({0})", "Votre demande d'adhésion à l'Alliance ({0})"),
        ["mail.confirmation.body"] = ("<p>Thank you for the application of {0} to join the European Alliance of Cities and Regions for Roma Inclusion.</p><p>Your reference number is <strong>{1}</strong>.</p><p>Follow your application at <a href=\"{2}\">{2}</a>.</p>",
                                      "<p>Merci pour la demande d'adhésion de {0} à l'Alliance européenne des villes et régions pour l'inclusion des Roms.</p><p>Votre numéro de référence est <strong>{1}</strong>.</p><p>Suivez votre demande à l'adresse <a href=\"{2}\">{2}</a>.</p>"),
    };

    public static string Get(string culture, string key) =>
        Texts.TryGetValue(key, out var text) ? (culture == "fr" ? text.Fr : text.En) : key;

    public static string Format(string culture, string key, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.GetCultureInfo(culture), Get(culture, key), args);

    /// <summary>Every text in one culture, for templates ("text.title").</summary>
    public static Dictionary<string, object?> All(string culture) =>
        Texts.ToDictionary(t => t.Key.Replace('.', '_'), t => (object?)(culture == "fr" ? t.Value.Fr : t.Value.En));
}
