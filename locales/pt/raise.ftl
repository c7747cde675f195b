## Tocar no assunto com calma: as primeiras frases, montadas a partir das respostas da
## pessoa, quando e como dizer, e um treino para as respostas que desviam essas conversas.

raise-title = Tocar no assunto sem acusar
raise-summary = Primeiras frases calmas a partir do que você percebeu, e treino para o difícil.
raise-recap = Você estava no meio da preparação para tocar no assunto.
raise-recap-start = Você ia começar a preparar como tocar no assunto.
raise-recap-safety = Você estava pensando em como se manter em segurança.
raise-recap-safety-question = Você ia responder a uma pergunta sobre a sua segurança.
raise-recap-noticed = Você ia dizer o que tem percebido.
raise-recap-feeling = A seguir vinha o que você sente com isso.
raise-recap-understand = A seguir vinha o que você gostaria de entender.
raise-recap-opener = Suas primeiras frases estavam prontas; a seguir vinha quando e como dizer.
raise-recap-scope = A seguir vinha sobre o que falar primeiro.
raise-recap-moment = A seguir vinha a escolha de um bom momento.
raise-recap-misread = A seguir vinha o que pode estar escapando de você.
raise-recap-practise = Você estava treinando as respostas difíceis.

## Início

raise-intro =
    Vamos pensar em como puxar esse assunto.

    Quando uma coisa fica martelando na cabeça, ela pode sair em forma de acusação. Aí a conversa vira ataque e defesa, e o que está acontecendo de verdade nunca chega a ser olhado.

    Por isso, vamos montar suas primeiras frases passo a passo, em três partes curtas: o que você percebeu, o que você sente com isso e o que você gostaria de entender. Depois vêm quando e como dizer, e uma chance de treinar as respostas que mais costumam tirar essas conversas do rumo.

    Você pode parar a qualquer momento e voltar depois.
raise-begin = Vamos começar

raise-safety-first =
    Antes de tudo: a sua segurança.

    Você me contou que medo ou controle fazem parte do que está acontecendo. Quando é assim, sua segurança vem antes de qualquer conversa sobre a relação. Levantar um assunto desses com alguém que ameaça ou controla pode, às vezes, deixar tudo mais perigoso.

    Você não precisa ter essa conversa, nem agora nem nunca, e nada aqui vai empurrar você para ela. Um serviço de apoio pode ajudar você a pensar no que é seguro no seu caso; o /sos mostra onde encontrar um.

    Se mesmo assim você quiser pensar nas palavras, pode, no seu ritmo.
raise-safety-plan-btn = Me ajude a pensar na minha segurança
raise-safety-continue = Quero preparar as palavras mesmo assim
raise-safety-yes = Você não precisa ter essa conversa, nem agora nem nunca. Se ainda quiser pensar nas palavras, pode fazer isso no seu ritmo, e a sua segurança continua em primeiro lugar o tempo todo.

raise-safety-plan =
    Algumas coisas que podem aumentar a sua segurança. Fique com o que servir e deixe o resto.

    • Pense em uma ou duas pessoas de confiança que poderiam saber o que está acontecendo, para quem você poderia ligar ou em cuja casa poderia ficar de última hora.
    • Saiba para onde você poderia ir se precisasse sair depressa, e como chegaria lá.
    • Mantenha o celular carregado e deixe o que você precisaria (documentos, chaves, algum dinheiro, remédios) num lugar fácil de pegar.
    • Combine com alguém de confiança uma palavra ou uma mensagem curta que queira dizer “preciso de ajuda”.
    • Um serviço de apoio a vítimas de violência doméstica pode ajudar você a montar um plano que faça sentido para a sua situação, inclusive se, quando e onde seria seguro tocar em qualquer assunto.

    Se outra pessoa puder ler esta conversa: o /delete apaga o que o Candor guarda, e apagar a conversa no Telegram remove as mensagens do seu celular.

## Parte 1: o que você percebeu

raise-q-noticed =
    Primeira parte: o que você tem percebido?

    Fique no que você viu ou ouviu, não no que acha que isso significa. Escolha o mais próximo, ou diga com suas palavras.
raise-noticed-late-messages-btn = Mensagens tarde da noite
raise-noticed-name-often-btn = Um nome que aparece muito
raise-noticed-guarded-phone-btn = Celular trancado, conversas apagadas
raise-noticed-unmentioned-time-btn = Tempo com alguém, sem me contar
raise-noticed-online-btn = Algo que vi na internet
raise-noticed-elsewhere-btn = A atenção parece estar longe
raise-own-words = Vou dizer com minhas palavras
raise-pick-instead = Escolher da lista

raise-q-noticed-own =
    Escreva o que você percebeu do jeito que diria para seu par: o que aconteceu, não o que você acha que significa. Por exemplo: você tem chegado mais tarde às quintas, e a gente não conversou sobre isso.

    Uma frase basta. Guardo só até esta conversa terminar.

## Trechos da abertura (ditos ao par, depois de "Quero te contar o que tenho percebido:")
raise-noticed-late-messages = você muitas vezes fica trocando mensagens com alguém tarde da noite
raise-noticed-name-often = um nome sempre aparece quando você conta como foi o seu dia
raise-noticed-guarded-phone = seu celular ficou bem mais reservado, e me parece que algumas conversas somem
raise-noticed-unmentioned-time = você passou um tempo com alguém e eu só fiquei sabendo depois, e não por você
raise-noticed-online = vi na internet uma coisa entre você e outra pessoa, e não soube o que pensar
raise-noticed-elsewhere = sua cabeça parece estar longe, mesmo nos nossos momentos a dois
raise-noticed-fallback = algumas coisas nos últimos tempos que não saem da minha cabeça

## Parte 2: o que você sente

raise-q-feeling =
    Segunda parte: quando você percebe isso, o que sente?

    Dar nome ao que você sente é o que impede que isso soe como uma acusação contra seu par.
raise-feeling-uneasy-btn = Desconforto, insegurança
raise-feeling-hurt-btn = Mágoa
raise-feeling-left-out-btn = Sensação de ficar de fora
raise-feeling-anxious-btn = Ansiedade
raise-feeling-confused-btn = Confusão
raise-feeling-lonely-btn = Solidão

raise-q-feeling-own =
    Complete esta frase com suas palavras: “Quando percebo isso, eu sinto o seguinte: …”

    Só o sentimento já basta, por exemplo: que não tenho importância, ou uma tensão constante.

## Trechos (depois de "Quando percebo isso, eu sinto o seguinte:")
raise-feeling-uneasy = desconforto, sem saber bem em que pé estou
raise-feeling-hurt = mágoa
raise-feeling-left-out = que fico de fora
raise-feeling-anxious = ansiedade, e me pego remoendo isso sem parar
raise-feeling-confused = confusão, porque não sei o que isso significa
raise-feeling-lonely = solidão
raise-feeling-fallback = um incômodo

## Parte 3: o que você quer entender

raise-q-understand =
    Terceira parte: o que você gostaria de entender?

    Uma pergunta de verdade, que você quer mesmo ver respondida, convida seu par a participar. Uma acusação deixa seu par na defensiva.
raise-understand-how-close-btn = Quanta proximidade há com essa pessoa
raise-understand-what-it-means-btn = O que essa conexão significa
raise-understand-same-page-btn = Se vemos essas coisas do mesmo jeito
raise-understand-their-side-btn = O que tem se passado com meu par
raise-understand-us-btn = Se algo entre nós precisa de atenção

raise-q-understand-own =
    Complete esta frase com suas palavras: “O que eu queria muito entender é…”

    Por exemplo: que lugar essa amizade ocupa na sua vida.

## Trechos (depois de "O que eu queria muito entender é")
raise-understand-how-close = quanta proximidade existe entre você e essa pessoa
raise-understand-what-it-means = o que essa conexão significa para você
raise-understand-same-page = se a gente vê esse tipo de coisa do mesmo jeito
raise-understand-their-side = o que tem se passado com você nos últimos tempos
raise-understand-us = se algo entre nós precisa de mais atenção
raise-understand-fallback = como tudo isso parece do seu lado

## A abertura e a versão acusatória que ela substitui

raise-opener-intro = Esse é um jeito de começar, montado a partir das suas respostas. Mude qualquer palavra para que soe como você.
raise-opener = “Podemos conversar sobre algo que me ocupa a cabeça? Tenho notado isto: { $noticed }. Quando percebo isso, o que sinto é isto: { $feeling }. O que eu queria muito entender é { $understand }. Talvez eu não esteja vendo tudo; quero ouvir o seu lado.”
raise-opener-words =
    Suas palavras completas:
    { $words }
raise-opener-words-noticed = • O que você tem notado: “{ $words }”
raise-opener-words-feeling = • O que você sente: “{ $words }”
raise-opener-words-understand = • O que você queria entender: “{ $words }”
raise-accusing-intro =
    O que isso substitui: o tipo de frase que sai quando é a mágoa que está falando.

    { $example }
raise-accusing-late-messages = “Com quem você tá falando a essa hora? Nem adianta mentir, eu sei que tem alguma coisa acontecendo.”
raise-accusing-name-often = “Você tem uma obsessão por essa pessoa. Só falta assumir o namoro.”
raise-accusing-guarded-phone = “O que você tá escondendo nesse celular? Admite logo.”
raise-accusing-unmentioned-time = “Então agora você anda fazendo as coisas pelas minhas costas.”
raise-accusing-online = “Eu vi. Nem tenta se explicar.”
raise-accusing-elsewhere = “Tá na cara que você gosta mais de outra pessoa do que de mim.”
raise-accusing-general = “Eu sei muito bem o que você tá fazendo, então não finge que não.”
raise-why-better =
    Por que a primeira versão costuma funcionar melhor:
    • Fala da sua experiência, então não há nada ali para seu par negar ou rebater.
    • Pede informação em vez de forçar uma confissão.
    • Deixa espaço para resposta. Seu par não precisa passar o primeiro minuto se defendendo.

    Você não está tentando ganhar. Está tentando descobrir o que está acontecendo de verdade, e o que isso significa para vocês.
raise-opener-next = A seguir: quando e como dizer
raise-opener-redo = Mudar minhas respostas

## Momento e foco

raise-scope =
    Deixe essa primeira conversa em um assunto só.

    Ela é sobre o que você percebeu e o que está acontecendo com isso. Dá vontade de puxar também a questão maior, o que cada pessoa acha que pode e não pode na relação. Fazer as duas coisas de uma vez costuma sobrecarregar vocês.

    Essa conversa maior sobre os combinados importa. Ela só funciona melhor depois, quando as coisas tiverem assentado e vocês puderem chegar nela com mais calma. O Candor pode ajudar você a prepará-la quando quiser.
raise-moment =
    Escolha o momento com cuidado.

    • Prefira uma hora tranquila, sem pressa, sem cansaço e sem irritação de nenhum dos lados. Não no meio de uma briga, nem como resposta numa briga.
    • Fale pessoalmente, ou pelo menos por voz. Mensagem escrita tira o tom de voz e convida respostas rápidas e duras.
    • Procure um lugar reservado, com tempo para terminar, e não logo antes de alguém precisar sair.
    • Se seu coração estiver disparado, tudo bem esperar um dia. As palavras continuam aí.
raise-safety-reminder = Você me contou que medo ou controle fazem parte disso. Só toque no assunto se parecer seguro e, se puder, pense nisso antes com um serviço de apoio (o /sos mostra quais). Sua segurança importa mais do que ter essa conversa.

## Aceitar que pode ter lido errado

raise-q-misread =
    Mais uma coisa antes dessa conversa: deixe espaço para a possibilidade de ter lido a situação errado.

    Isso não quer dizer duvidar do que você sentiu. Quer dizer entrar para conferir, não para confirmar. O que pode estar escapando de você?
raise-misread-simple-reason-btn = Pode haver um motivo simples que não sei
raise-misread-my-worry-btn = Minha preocupação pode aumentar as coisas
raise-misread-their-life-btn = Não sei o que se passa na vida do meu par
raise-misread-never-agreed-btn = Talvez nunca tenhamos combinado o que pode
raise-misread-cant-see-btn = Nada me ocorre, mas vou manter a mente aberta
raise-q-misread-own = Com suas palavras, o que pode estar escapando de você? Uma frase basta.

raise-misread-simple-reason = Você admitiu que pode haver uma explicação simples que ainda não ouviu. Perguntar em vez de afirmar deixa espaço para ela.
raise-misread-my-worry = Você admitiu que a sua própria preocupação pode estar fazendo isso parecer maior. É honesto perceber isso.
raise-misread-my-worry-more = Quem já se magoou antes pode sentir distância muito depressa: às vezes está captando algo real, às vezes é o medo falando. Perguntar é o jeito de descobrir qual dos dois.
raise-misread-their-life = Você admitiu que pode estar acontecendo alguma coisa com seu par que você não sabe. Deixar espaço para isso facilita que seu par conte para você.
raise-misread-never-agreed = Você admitiu que talvez vocês nunca tenham dito em voz alta o que pode e o que não pode.
raise-misread-never-agreed-more = Muitos casais nunca disseram, e cada pessoa supõe que a outra vê as coisas do mesmo jeito. Isso merece uma conversa própria, mais adiante.
raise-misread-cant-see = Mesmo quando nada vem à cabeça, aceitar a possibilidade de erro muda o seu tom, e seu par vai perceber.
raise-misread-own =
    Você disse que talvez esteja deixando de ver isto:
    { $missing }
raise-misread-words =
    Suas palavras completas:
    “{ $missing }”
raise-misread-open = Manter a mente aberta não anula o que você sentiu; seu incômodo é real de qualquer jeito. Mas, se você chega já com certeza, toda resposta soa como desculpa. Se chega com curiosidade, consegue de fato ouvir o que é dito.

## Treinar as respostas difíceis

raise-q-practise =
    Mesmo uma abertura cuidadosa pode receber uma resposta dura. Ajuda já ter ouvido as mais comuns antes, para que elas não tirem você do eixo.

    Qual você gostaria de treinar? Pode ser uma, ou as três.
raise-practise-never-touched-btn = “Não aconteceu nada, não teve nada físico”
raise-practise-defensive-btn = Meu par fica na defensiva
raise-practise-turned-around-btn = Meu par vira o jogo contra mim
raise-practise-skip = Pular esta parte
raise-practise-done = Terminei de treinar
raise-practise-more = Quer treinar outra resposta ou terminar por aqui?

raise-never-touched =
    A resposta: “Não aconteceu nada. Não teve nada físico.”

    Pode até ser verdade. Mesmo assim, costuma fugir do que você está dizendo, por três motivos.

    • Se algo foi escondido de você, isso importa. As pessoas raramente se dão ao trabalho de esconder o que é de fato inocente, então o próprio esconder faz parte do que você quer conversar.
    • Contato físico não é a única medida. Atenção, proximidade e sentimento podem ir para outro lugar sem que ninguém encoste em ninguém, e é isso que dói.
    • Essa resposta também muda a pergunta de lugar, sem alarde. De repente, a sua preocupação está sendo julgada por ser exagerada, e você está defendendo seu direito de sentir mágoa em vez de ter essa mágoa escutada.

    Um jeito calmo de responder:
    “Entendi que não teve nada físico, e não estou dizendo que teve. Não é bem isso que estou perguntando. Estou perguntando o quanto você se envolve nisso, e por que eu não sabia. Podemos falar dessa parte?”

raise-defensive =
    A resposta: seu par fica na defensiva. A voz sobe, ou vem um “por que esse interrogatório?”, ou vem o silêncio.

    Uma primeira reação defensiva é comum, mesmo em pessoas que depois se abrem. O que ajuda:
    • Fale a partir da sua própria experiência: “Não estou dizendo que você fez algo terrível. Estou contando como isso tem sido para mim.”
    • Não acompanhe o volume de voz do seu par, e não vá buscar mais exemplos para provar que você tem razão. Cada nova acusação esquenta mais o clima.
    • Se o clima estiver esquentando, faça uma pausa de propósito: “Não quero que a gente brigue por isso. Podemos parar aqui e retomar amanhã à noite?”
    • E depois volte mesmo ao assunto. Uma pausa é um intervalo, não um jeito de deixar pra lá.

    Se toda vez que você tenta, seu par fica na defensiva, vale prestar atenção nisso. A forma como alguém reage quando esse assunto aparece diz muito.

raise-turned-around =
    A resposta: o jogo é virado. “Isso é ciúme seu.” “Você quer me controlar.” Ou uma lista dos seus defeitos.

    Levantar uma preocupação abertamente e perguntar sobre ela não é o mesmo que vigiar alguém. Um caminho possível:
    • Nomeie com calma: “Percebi que o assunto passou a ser eu.”
    • Se algo do que seu par diz for justo, reconheça em uma frase, sem largar a sua pergunta: “Talvez você tenha razão, eu ando com os nervos à flor da pele. Mesmo assim, eu queria entender isso.”
    • Deixe o que seu par levantou para outro momento: “A gente pode conversar sobre isso outro dia, e estou falando sério.”
    • Depois volte: “Agora, eu queria voltar ao que perguntei.”

    Manter a calma aqui não é ceder. É o que mantém a conversa na pergunta que você trouxe.

## O fim

raise-finish =
    Você tem o que precisa, tanto quanto dá para ter numa conversa assim.

    Releia suas primeiras frases (estão acima) algumas vezes antes: as palavras vêm mais fácil na hora.

    Quando chegar a hora, lembre o que você está fazendo: dizendo o que viu e o que sentiu, e fazendo uma pergunta de verdade. A resposta cabe ao seu par, e ela também diz alguma coisa.

    Para onde você gostaria de ir agora?
